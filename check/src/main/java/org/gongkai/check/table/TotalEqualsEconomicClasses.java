package org.gongkai.check.table;

import static org.gongkai.model.ColumnRole.ECONOMIC_CLASS;
import static org.gongkai.model.ColumnRole.TOTAL;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;

/** In every row: 合计 = the economic-class columns (工资福利支出 + 商品和服务支出 + …). */
public final class TotalEqualsEconomicClasses extends ColumnIdentityRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-005", RuleFamily.TABLE, Severity.ERROR).roles(TOTAL, ECONOMIC_CLASS).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  Optional<Identity> identity(TableView v, int side) {
    Optional<Column> total = v.column(TOTAL, side);
    List<Column> classes =
        v.table().columns().stream()
            .filter(c -> c.side() == side && c.role() == ECONOMIC_CLASS)
            .toList();
    if (total.isEmpty() || classes.size() < 2) {
      return Optional.empty();
    }
    return Optional.of(new Identity(total.get(), classes));
  }
}
