package org.gongkai.check.performance;

import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.model.PerformanceTargets;

/** A rule applied to each performance sheet; not applicable when the document has none. */
abstract class SheetRule implements Rule {

  /** Checks one sheet; returns whether anything was examined. */
  abstract boolean check(RuleContext ctx, Outcomes out, PerformanceTargets sheet);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (PerformanceTargets s : ctx.disclosure().performance()) {
      any |= check(ctx, out, s);
    }
    if (!any) {
      out.notApplicable("no-sheets");
    }
  }
}
