package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.CellValue;
import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.check.view.IncomeLines.Line;
import org.gongkai.model.Column;
import org.gongkai.model.Money;

/** The 其中 lines under a line add up to no more than the line (beyond rounding). */
public final class OfWhichNotAboveLine extends IncomeLineRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-007", RuleFamily.TABLE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side, IncomeLines lines) {
    boolean any = false;
    for (int i = 0; i < lines.lines().size(); i++) {
      List<Line> parts = lines.children(i).stream().filter(Line::ofWhich).toList();
      if (parts.isEmpty()) {
        continue;
      }
      Line parent = lines.lines().get(i);
      for (Column c : v.valueColumns(side)) {
        any |= checkColumn(ctx, out, v, parent, parts, c);
      }
    }
    return any;
  }

  private static boolean checkColumn(
      RuleContext ctx, Outcomes out, TableView v, Line parent, List<Line> parts, Column c) {
    CellValue total = ctx.value(v, parent.row(), c);
    List<Money> values = new ArrayList<>();
    for (Line p : parts) {
      CellValue pv = ctx.value(v, p.row(), c);
      if (pv.state() == CellValue.State.NOT_A_NUMBER) {
        out.insufficientData(pv.location(), "not-a-number");
        return true;
      }
      if (pv.isNumber()) {
        values.add(pv.money());
      }
    }
    if (values.isEmpty()) {
      return false;
    }
    Location where = total.location();
    if (!total.isNumber()) {
      out.insufficientData(where, total.isBlank() ? "blank-total" : "not-a-number");
      return true;
    }
    Comparison cmp = ctx.comparisons().sum(total.money(), values);
    // the line printed larger than its 其中 parts is normal: they need not be exhaustive
    if (cmp.ok() || cmp.differenceYuan().signum() > 0) {
      out.pass(where);
    } else {
      out.fail(
          where,
          Comparisons.printed(cmp.expected()),
          Comparisons.printed(cmp.actual()),
          cmp.differencePrinted(),
          "");
    }
    return true;
  }
}
