package org.gongkai.check.table;

import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** In a two-sided table, 收入总计 = 支出总计. */
public final class TwoSidesBalance implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-009", RuleFamily.TABLE, Severity.ERROR).roles(ColumnRole.TOTAL).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      if (v.sides() != 2) {
        continue;
      }
      Optional<Row> left = v.totalRow(0);
      Optional<Row> right = v.totalRow(1);
      Optional<Column> lc = totalColumn(v, 0);
      Optional<Column> rc = totalColumn(v, 1);
      if (left.isEmpty() || right.isEmpty() || lc.isEmpty() || rc.isEmpty()) {
        out.insufficientData(org.gongkai.check.Location.of(t), "total-row-missing");
        any = true;
        continue;
      }
      CellValue income = ctx.value(v, left.get(), lc.get());
      CellValue spending = ctx.value(v, right.get(), rc.get());
      if (income.isBlank() && spending.isBlank()) {
        continue;
      }
      if (!income.isNumber() || !spending.isNumber()) {
        out.insufficientData(spending.location(), "blank-total");
      } else {
        FigureChecks.same(ctx, out, spending.location(), income.money(), spending.money());
      }
      any = true;
    }
    if (!any) {
      out.notApplicable("table-missing");
    }
  }

  private static Optional<Column> totalColumn(TableView v, int side) {
    Optional<Column> total = v.column(ColumnRole.TOTAL, side);
    return total.isPresent() ? total : v.valueColumns(side).stream().findFirst();
  }
}
