package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.check.Comparisons;
import org.gongkai.check.FigureChecks;
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
import org.gongkai.model.claim.Direction;

/**
 * When the narrative states last year's figure beside this year's ("2023年预算执行数为 X，2024年预算安排
 * Y，比2023年减少 z%"), the change it states is Y − X, and the percent (Y − X) ÷ X — within the rounding
 * of the printed figures.
 */
public final class ChangeMatchesStatedLastYear implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-021", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<Money> now = Changes.current(ctx, c);
      if (c.previous() == null || now.isEmpty() || (c.amount() == null && c.percent() == null)) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(c);
      Interval diff = Interval.of(now.get()).minus(Interval.of(c.previous()));
      Optional<Money> signed = c.signedAmount();
      if (signed.isPresent()) {
        org.gongkai.check.Comparison r = ctx.comparisons().range(diff, signed.get());
        FigureChecks.report(out, where, r, "", r.ok() ? "" : Comparisons.printed(c.previous()));
      } else {
        percent(out, c, diff, where, Comparisons.printed(c.previous()));
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static void percent(
      Outcomes out, ChangeClaim c, Interval diff, Location where, String last) {
    Optional<Interval> pct = Percents.of(diff, Interval.of(c.previous()));
    int sign = Direction.of(c.percentDirection()).map(Direction::sign).orElse(0);
    if (c.percent() == null || pct.isEmpty() || sign == 0) {
      out.insufficientData(where, "not-stated");
      return;
    }
    Interval stated = Percents.printed(c.percent().multiply(BigDecimal.valueOf(sign)));
    if (pct.get().overlaps(stated)) {
      out.pass(where);
      return;
    }
    String expected = Percents.shown(pct.get(), c.percent());
    out.fail(
        Severity.ERROR,
        "percent",
        where,
        expected,
        (sign < 0 ? "-" : "") + Percents.shown(c.percent()),
        "",
        "",
        last);
  }
}
