package org.gongkai.check.performance;

import java.math.BigDecimal;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Indicator;
import org.gongkai.model.PerformanceTargets;

/**
 * A sheet's indicator weights add up to the configured total: the check profile's, else the
 * layout's (90 where 10 points are kept for budget execution), else 100.
 */
public final class WeightsSumToTotal extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-003", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    if (s.indicators().isEmpty()) {
      return false;
    }
    Location where = Location.of(s);
    BigDecimal sum = BigDecimal.ZERO;
    for (Indicator i : s.indicators()) {
      if (i.weight() == null) {
        out.insufficientData(Location.of(s, i), "weight-missing");
        return true;
      }
      sum = sum.add(i.weight());
    }
    int total = total(ctx);
    if (sum.compareTo(BigDecimal.valueOf(total)) == 0) {
      out.pass(where);
    } else {
      out.fail(where, String.valueOf(total), sum.stripTrailingZeros().toPlainString());
    }
    return true;
  }

  static int total(RuleContext ctx) {
    Integer fromProfile = ctx.profile().performanceWeightTotal();
    if (fromProfile != null) {
      return fromProfile;
    }
    return ctx.layout().map(l -> l.performanceWeightTotal()).filter(w -> w != null).orElse(100);
  }
}
