package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * A 时效 indicator measures time or timeliness, never an amount of money: a money target under 时效指标
 * is a cost indicator filed in the wrong place.
 */
public final class NoMoneyUnderTimeliness extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-007", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    if (!r.level2().equals("时效")) {
      return false;
    }
    if ((r.hasNumber() && r.targetIsMoney()) || r.nameIsMoney()) {
      out.fail(where, "", r.indicator().target());
    } else {
      out.pass(where);
    }
    return true;
  }
}
