package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * An indicator named in money ("…费（万元）") has a money target (万元, 元, or a money rate such as 万元/月),
 * and an indicator named in another unit has no money target.
 */
public final class MoneyIndicatorHasMoneyTarget extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-006", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    if (r.nameUnit().isEmpty()) {
      return false;
    }
    if (r.nameIsMoney()) {
      if (r.hasNumber() && r.targetIsMoney()) {
        out.pass(where);
      } else {
        out.fail(where, r.nameUnit(), r.indicator().target(), r.targetUnit());
      }
      return true;
    }
    if (!r.hasNumber() || !r.targetIsMoney()) {
      return false;
    }
    out.fail(where, r.nameUnit(), r.indicator().target(), r.targetUnit());
    return true;
  }
}
