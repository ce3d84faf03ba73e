package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

/**
 * A change's amount and percent imply the same last-year figure: this year's figure minus the
 * change is last year's, and the change over it is the percent — within the rounding of all three
 * printed figures.
 */
public final class ChangeAmountAndPercentAgree implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-009", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<Money> signed = c.signedAmount();
      if (signed.isEmpty() || c.percent() == null) {
        continue;
      }
      Optional<Money> now = Changes.current(ctx, c);
      Location where = ClaimRules.where(c);
      any = true;
      if (now.isEmpty()) {
        out.insufficientData(where, "not-stated");
        continue;
      }
      Interval last = Interval.of(now.get()).minus(Interval.of(signed.get()));
      if (last.low().signum() <= 0) {
        out.notApplicable("zero-base");
        continue;
      }
      Interval pct = Interval.of(c.amount()).percentOf(last);
      if (Percents.agree(pct, c.percent())) {
        out.pass(where);
      } else {
        out.fail(
            where,
            Percents.shown(pct, c.percent()),
            Percents.shown(c.percent()),
            shown(last.centre(), now.get()),
            shown(fromPercent(now.get(), c), now.get()));
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  /** Last year's figure as the percent implies it: now / (1 ± p/100). */
  private static BigDecimal fromPercent(Money now, ChangeClaim c) {
    BigDecimal p = c.percent().movePointLeft(2);
    BigDecimal factor =
        c.signedAmount().map(Money::signum).orElse(1) < 0
            ? BigDecimal.ONE.subtract(p)
            : BigDecimal.ONE.add(p);
    if (factor.signum() == 0) {
      return BigDecimal.ZERO;
    }
    return now.yuanValue().divide(factor, 6, RoundingMode.HALF_UP);
  }

  private static String shown(BigDecimal yuan, Money like) {
    Money m = new Money(yuan, org.gongkai.model.MoneyUnit.YUAN).in(like.unit());
    return Comparisons.printed(m.rounded(Math.max(like.amount().scale(), 0)));
  }
}
