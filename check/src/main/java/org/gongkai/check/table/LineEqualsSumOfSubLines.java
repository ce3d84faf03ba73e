package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
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

/**
 * On the uncoded side of a two-sided table, a line broken down into numbered or plain sub-lines
 * (一、本年收入 into 1. 一般公共预算拨款, 2. …) equals their sum. 其中 lists are partial and are left to TBL-007.
 */
public final class LineEqualsSumOfSubLines extends IncomeLineRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-006", RuleFamily.TABLE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side, IncomeLines lines) {
    boolean any = false;
    for (int i = 0; i < lines.lines().size(); i++) {
      List<Line> parts = lines.children(i).stream().filter(l -> !l.ofWhich()).toList();
      if (parts.isEmpty()) {
        continue;
      }
      Line parent = lines.lines().get(i);
      for (Column c : v.valueColumns(side)) {
        CellValue total = ctx.value(v, parent.row(), c);
        List<CellValue> values = new ArrayList<>();
        for (Line p : parts) {
          values.add(ctx.value(v, p.row(), c));
        }
        any |= FigureChecks.sum(ctx, out, total.location(), total, values, parts.size());
      }
    }
    return any;
  }
}
