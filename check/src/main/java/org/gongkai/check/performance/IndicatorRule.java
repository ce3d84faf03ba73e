package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.model.PerformanceTargets;

/** A rule applied to each indicator of each sheet. */
abstract class IndicatorRule extends SheetRule {

  /**
   * Checks one indicator: reports and returns true, or returns false when the rule does not apply
   * to it.
   */
  abstract boolean check(RuleContext ctx, Outcomes out, Sheets.Read indicator, Location where);

  @Override
  final boolean check(RuleContext ctx, Outcomes out, PerformanceTargets sheet) {
    boolean any = false;
    for (Sheets.Read r : Sheets.read(ctx, sheet)) {
      any |= check(ctx, out, r, Location.of(sheet, r.indicator()));
    }
    return any;
  }
}
