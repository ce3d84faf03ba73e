package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.check.view.IncomeLines.Line;
import org.gongkai.model.Column;
import org.gongkai.model.Row;

/**
 * On the uncoded side of a two-sided table, 收入总计 = the sum of its level-1 lines (一、本年收入 + 二、上年结转结余
 * …); a running subtotal line (本年收入合计) stands for the level-1 lines before it and must equal them.
 */
public final class SideTotalEqualsSumOfLines extends IncomeLineRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-008", RuleFamily.TABLE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side, IncomeLines lines) {
    boolean any = false;
    Optional<Row> totalRow = v.totalRow(side);
    for (Column c : v.valueColumns(side)) {
      List<CellValue> pending = new ArrayList<>();
      List<CellValue> top = new ArrayList<>();
      for (Line l : lines.lines()) {
        if (l.level() != 1) {
          continue;
        }
        CellValue value = ctx.value(v, l.row(), c);
        if (l.subtotal()) {
          any |= FigureChecks.sum(ctx, out, value.location(), value, pending, pending.size());
          pending.clear();
          top.add(value);
        } else {
          pending.add(value);
        }
      }
      top.addAll(pending);
      if (totalRow.isPresent() && !top.isEmpty()) {
        CellValue total = ctx.value(v, totalRow.get(), c);
        any |= FigureChecks.sum(ctx, out, total.location(), total, top, top.size());
      }
    }
    return any;
  }
}
