package org.gongkai.check.table;

import static org.gongkai.model.ColumnRole.BASIC;
import static org.gongkai.model.ColumnRole.PROJECT;
import static org.gongkai.model.ColumnRole.TOTAL;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;

/** In every row: 合计 = 基本支出 + 项目支出. */
public final class TotalEqualsBasicPlusProject extends ColumnIdentityRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-001", RuleFamily.TABLE, Severity.ERROR).roles(TOTAL, BASIC, PROJECT).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  Optional<Identity> identity(TableView v, int side) {
    var total = v.column(TOTAL, side);
    var basic = v.column(BASIC, side);
    var project = v.column(PROJECT, side);
    if (total.isEmpty() || basic.isEmpty() || project.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Identity(total.get(), List.of(basic.get(), project.get())));
  }
}
