package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.PerformanceTargets;

/** The year printed on a sheet is the document's year. */
public final class SheetYearIsDocumentYear extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-013", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    int year = ctx.year();
    if (s.year() <= 0 || year <= 0) {
      return false;
    }
    Location where = Location.of(s);
    if (s.year() == year) {
      out.pass(where);
    } else {
      out.fail(where, String.valueOf(year), String.valueOf(s.year()));
    }
    return true;
  }
}
