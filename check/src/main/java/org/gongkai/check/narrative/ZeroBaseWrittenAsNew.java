package org.gongkai.check.narrative;

import java.util.Optional;
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

/**
 * A change from nothing has no growth rate: when this year's figure equals the increase, last year
 * was zero and the text should say 新增, not "增长 100%".
 */
public final class ZeroBaseWrittenAsNew implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-011", RuleFamily.NARRATIVE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<Money> signed = c.signedAmount();
      if (c.percent() == null || signed.isEmpty() || signed.get().signum() <= 0) {
        continue;
      }
      Optional<Money> now = Changes.current(ctx, c);
      if (now.isEmpty()) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(c);
      Interval last = Interval.of(now.get()).minus(Interval.of(signed.get()));
      if (last.overlaps(Interval.exact(java.math.BigDecimal.ZERO))) {
        out.fail(
            where,
            "",
            c.percentDirection() + " " + c.percent().toPlainString() + "%",
            c.subject().name(),
            org.gongkai.check.Comparisons.printed(now.get()));
      } else {
        out.pass(where);
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
