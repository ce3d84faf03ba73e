package org.gongkai.check.sanity;

import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.model.Amount;

/** Checks a part stated not to exceed its whole, forgiving rounding. */
final class NotAboveRule {

  private NotAboveRule() {}

  static void check(RuleContext ctx, Outcomes out, Location where, Amount part, Amount whole) {
    Comparison c = ctx.comparisons().same(whole.money(), part.money());
    if (c.ok() || c.differenceYuan().signum() < 0) {
      out.pass(where);
    } else {
      out.fail(
          where,
          Comparisons.printed(whole.money()),
          Comparisons.printed(part.money()),
          c.differencePrinted());
    }
  }
}
