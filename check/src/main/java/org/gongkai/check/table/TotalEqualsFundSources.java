package org.gongkai.check.table;

import static org.gongkai.model.ColumnRole.FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.FISCAL_SUBTOTAL;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC_TRANSFER;
import static org.gongkai.model.ColumnRole.GOV_FUNDS;
import static org.gongkai.model.ColumnRole.GOV_FUNDS_TRANSFER;
import static org.gongkai.model.ColumnRole.NON_FISCAL_CARRYOVER;
import static org.gongkai.model.ColumnRole.OPERATING_REVENUE;
import static org.gongkai.model.ColumnRole.OTHER_INCOME;
import static org.gongkai.model.ColumnRole.SPECIAL_ACCOUNT;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL;
import static org.gongkai.model.ColumnRole.STATE_CAPITAL_TRANSFER;
import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.ColumnRole.UNIT_FUNDS;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;

/**
 * In every row: 总计 = the fund-source columns (财政拨款 or its budgets, 财政专户, 单位资金 or its kinds, the
 * carry-overs). A column that subtotals others stands for them: 财政拨款小计 replaces 一般公共预算 …, 单位资金
 * replaces 事业收入 and 其他收入.
 */
public final class TotalEqualsFundSources extends ColumnIdentityRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-003", RuleFamily.TABLE, Severity.ERROR).roles(TOTAL, GENERAL_PUBLIC).build();

  private static final List<ColumnRole> FISCAL =
      List.of(
          GENERAL_PUBLIC,
          GENERAL_PUBLIC_TRANSFER,
          GOV_FUNDS,
          GOV_FUNDS_TRANSFER,
          STATE_CAPITAL,
          STATE_CAPITAL_TRANSFER);
  private static final List<ColumnRole> UNIT = List.of(OPERATING_REVENUE, OTHER_INCOME);
  private static final List<ColumnRole> OTHERS =
      List.of(SPECIAL_ACCOUNT, FISCAL_CARRYOVER, NON_FISCAL_CARRYOVER);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  Optional<Identity> identity(TableView v, int side) {
    Optional<Column> total = v.column(TOTAL, side);
    if (total.isEmpty()) {
      return Optional.empty();
    }
    List<Column> parts = new ArrayList<>();
    addSubtotalOrParts(v, side, FISCAL_SUBTOTAL, FISCAL, parts);
    addSubtotalOrParts(v, side, UNIT_FUNDS, UNIT, parts);
    for (ColumnRole r : OTHERS) {
      v.column(r, side).ifPresent(parts::add);
    }
    return parts.size() < 2 ? Optional.empty() : Optional.of(new Identity(total.get(), parts));
  }

  private static void addSubtotalOrParts(
      TableView v, int side, ColumnRole subtotal, List<ColumnRole> kinds, List<Column> parts) {
    Optional<Column> sub = v.column(subtotal, side);
    if (sub.isPresent()) {
      parts.add(sub.get());
      return;
    }
    for (ColumnRole r : kinds) {
      v.column(r, side).ifPresent(parts::add);
    }
  }
}
