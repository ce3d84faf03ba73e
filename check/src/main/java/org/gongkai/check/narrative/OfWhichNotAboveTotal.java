package org.gongkai.check.narrative;

import org.gongkai.check.Comparisons;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.BreakdownClaim;

/**
 * A single "其中" item ("面向中小企业预留 X 万元，其中：面向小微企业 Y 万元") is part of its total and so not above it
 * (beyond the rounding of both).
 */
public final class OfWhichNotAboveTotal implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-014", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (BreakdownClaim b : ClaimRules.claims(ctx, BreakdownClaim.class)) {
      if (b.parts().size() != 1 || !b.unpriced().isEmpty() || b.ofChanges()) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(b);
      BreakdownClaim.Part p = b.parts().get(0);
      Interval part = Breakdowns.value(p);
      Interval total = Interval.of(b.total());
      if (part.low().compareTo(total.high()) < 0 || part.centre().equals(total.centre())) {
        out.pass(where);
      } else {
        String shown = p.isRate() ? Breakdowns.describe(b) : Comparisons.printed(p.amount());
        out.fail(where, Comparisons.printed(b.total()), shown, b.subject().name(), p.label());
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
