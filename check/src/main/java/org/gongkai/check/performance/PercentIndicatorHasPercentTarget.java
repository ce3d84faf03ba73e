package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * An indicator named in percent ("…率（%）") has a percent target, and one named in a count or money
 * unit has no percent target: "专网租赁条数（%）" with "=1 条" mixes a count into a rate.
 */
public final class PercentIndicatorHasPercentTarget extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-005", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    if (!r.hasNumber() || r.nameUnit().isEmpty() || r.targetUnit().isEmpty()) {
      return false;
    }
    if (r.nameIsPercent() == r.targetIsPercent()) {
      if (!r.nameIsPercent()) {
        return false;
      }
      out.pass(where);
    } else {
      out.fail(where, r.nameUnit(), r.indicator().target(), r.targetUnit());
    }
    return true;
  }
}
