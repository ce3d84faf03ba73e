package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/** Every indicator carries a weight (指标分值权重) above zero. */
public final class IndicatorHasPositiveWeight extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-015", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    if (r.indicator().weight() != null && r.indicator().weight().signum() > 0) {
      out.pass(where);
    } else {
      out.fail(
          where, "", r.indicator().weight() == null ? "" : r.indicator().weight().toPlainString());
    }
    return true;
  }
}
