package org.gongkai.check.table;

import static org.gongkai.model.ColumnRole.FISCAL_SUBTOTAL;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC_TRANSFER;
import static org.gongkai.model.ColumnRole.GOV_FUNDS;
import static org.gongkai.model.ColumnRole.GOV_FUNDS_TRANSFER;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL_TRANSFER;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;

/** In every row: 财政拨款（补助）小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 (+ their transfers). */
public final class FiscalSubtotalEqualsBudgets extends ColumnIdentityRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-004", RuleFamily.TABLE, Severity.ERROR)
          .roles(FISCAL_SUBTOTAL, GENERAL_PUBLIC)
          .build();

  private static final List<ColumnRole> PARTS =
      List.of(
          GENERAL_PUBLIC,
          GENERAL_PUBLIC_TRANSFER,
          GOV_FUNDS,
          GOV_FUNDS_TRANSFER,
          STATE_CAPITAL,
          STATE_CAPITAL_TRANSFER);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  Optional<Identity> identity(TableView v, int side) {
    Optional<Column> subtotal = v.column(FISCAL_SUBTOTAL, side);
    if (subtotal.isEmpty()) {
      return Optional.empty();
    }
    List<Column> parts = new ArrayList<>();
    for (ColumnRole r : PARTS) {
      v.column(r, side).ifPresent(parts::add);
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(new Identity(subtotal.get(), parts));
  }
}
