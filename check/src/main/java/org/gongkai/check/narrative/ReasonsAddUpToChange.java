package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.ReasonClaim;

/**
 * The amounts given as the reasons for a change add up to it: "增加 52 万元，主要原因是安排 A 59 万元；不再安排 B 7
 * 万元" is +59 −7 = 52. When some reasons state no amount the rest may fall short, so only a match
 * passes and anything else is insufficient data; a warning, since 主要原因 need not be all of them.
 */
public final class ReasonsAddUpToChange implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-015", RuleFamily.NARRATIVE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ReasonClaim r : ClaimRules.claims(ctx, ReasonClaim.class)) {
      if (r.change() == null) {
        continue;
      }
      any = true;
      check(ctx, out, r);
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static void check(RuleContext ctx, Outcomes out, ReasonClaim r) {
    Location where = ClaimRules.where(r);
    Interval sum = Interval.exact(BigDecimal.ZERO);
    List<String> terms = new ArrayList<>();
    boolean unsigned = false;
    boolean withoutAmount = false;
    for (ReasonClaim.Reason x : r.reasons()) {
      if (x.amount() == null) {
        withoutAmount = true;
        continue;
      }
      unsigned |= x.sign() == 0;
      Interval v = Interval.of(x.amount());
      sum = x.sign() < 0 ? sum.minus(v) : sum.plus(v);
      terms.add((x.sign() < 0 ? "−" : "+") + Comparisons.printed(x.amount()));
    }
    if (unsigned) {
      out.insufficientData(where, "reason-sign-unknown");
      return;
    }
    Comparison c = ctx.comparisons().range(sum, r.change());
    if (c.ok()) {
      out.pass(where);
    } else if (withoutAmount) {
      out.insufficientData(where, "reasons-without-amounts");
    } else {
      out.fail(
          where,
          Comparisons.printed(c.expected()),
          Comparisons.printed(r.change()),
          c.differencePrinted(),
          "",
          r.subject().name(),
          String.join(" ", terms));
    }
  }
}
