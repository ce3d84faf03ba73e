package org.gongkai.check.narrative;

import java.util.Optional;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ChangeClaim;

/** An increase cannot exceed this year's figure: last year's figure would be negative. */
public final class ImpliedLastYearNotNegative implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-020", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<Money> signed = c.signedAmount();
      Optional<Money> now = signed.isPresent() ? Changes.current(ctx, c) : Optional.empty();
      if (now.isEmpty() || signed.get().signum() <= 0) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(c);
      Interval last = Interval.of(now.get()).minus(Interval.of(signed.get()));
      if (last.high().signum() < 0) {
        out.fail(
            where,
            Comparisons.printed(now.get()),
            Comparisons.printed(c.amount()),
            c.subject().name());
      } else {
        out.pass(where);
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
