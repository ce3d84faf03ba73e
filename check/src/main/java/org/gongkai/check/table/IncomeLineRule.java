package org.gongkai.check.table;

import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.model.Table;

/** A rule about the uncoded side of a two-sided table (its lines by numbering, not by code). */
abstract class IncomeLineRule implements Rule {

  abstract boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side, IncomeLines l);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      if (v.sides() < 2) {
        continue;
      }
      for (int side = 0; side < v.sides(); side++) {
        if (!v.hasCodes(side)) {
          IncomeLines lines = IncomeLines.of(ctx, v, side);
          if (!lines.lines().isEmpty()) {
            any |= checkSide(ctx, out, v, side, lines);
          }
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }
}
