package org.gongkai.check.table;

import static org.gongkai.model.ColumnRole.BASIC;
import static org.gongkai.model.ColumnRole.OPERATING;
import static org.gongkai.model.ColumnRole.PERSONNEL;
import static org.gongkai.model.ColumnRole.PROJECT;
import static org.gongkai.model.ColumnRole.TOTAL;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;

/**
 * In every row: 合计 = 人员经费 + 公用经费 where those split the whole row (a basic-expenditure table). Where
 * 人员/公用 split only 基本支出 beside a 项目支出 column (Shanghai's 收支总表), the identity is 基本支出 = 人员 + 公用, or,
 * with no 基本支出 column printed, 合计 = 人员 + 公用 + 项目.
 */
public final class TotalEqualsPersonnelPlusOperating extends ColumnIdentityRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-002", RuleFamily.TABLE, Severity.ERROR)
          .roles(TOTAL, PERSONNEL, OPERATING)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  Optional<Identity> identity(TableView v, int side) {
    var total = v.column(TOTAL, side);
    var personnel = v.column(PERSONNEL, side);
    var operating = v.column(OPERATING, side);
    if (total.isEmpty() || personnel.isEmpty() || operating.isEmpty()) {
      return Optional.empty();
    }
    var project = v.column(PROJECT, side);
    if (project.isEmpty()) {
      return Optional.of(new Identity(total.get(), List.of(personnel.get(), operating.get())));
    }
    var basic = v.column(BASIC, side);
    if (basic.isPresent()) {
      return Optional.of(new Identity(basic.get(), List.of(personnel.get(), operating.get())));
    }
    return Optional.of(
        new Identity(total.get(), List.of(personnel.get(), operating.get(), project.get())));
  }
}
