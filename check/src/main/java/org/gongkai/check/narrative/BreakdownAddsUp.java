package org.gongkai.check.narrative;

import org.gongkai.check.Comparison;
import org.gongkai.check.FigureChecks;
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
 * The parts a total is broken into add up to it: "其中：A x，B y" and a project's allocation, rates
 * priced by their period or head count (0.15 万元/月 × 12). Rates the text calls standards (工作餐标准 200
 * 元/人) may be the basis of an item rather than an item: then the list is also read without them,
 * and either reading passing is enough. A shortfall in a list not known to be complete is a
 * warning, anything else an error.
 */
public final class BreakdownAddsUp implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-013", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (BreakdownClaim b : ClaimRules.claims(ctx, BreakdownClaim.class)) {
      if (b.parts().size() + b.unpriced().size() < 2) {
        continue;
      }
      any = true;
      check(ctx, out, b);
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static void check(RuleContext ctx, Outcomes out, BreakdownClaim b) {
    Location where = ClaimRules.where(b);
    Interval all = Breakdowns.allParts(b);
    Comparison full = ctx.comparisons().range(all, b.total());
    boolean moneyOnlyFits =
        Breakdowns.ratesAreStandards(b)
            && b.parts().stream().anyMatch(p -> !p.isRate())
            && ctx.comparisons().range(Breakdowns.moneyParts(b), b.total()).ok();
    if (full.ok()) {
      FigureChecks.report(out, where, full, "", "");
      return;
    }
    if (moneyOnlyFits) {
      out.pass(where, org.gongkai.check.Messages.text("note.rates-as-standards"));
      return;
    }
    if (!b.unpriced().isEmpty()) {
      out.insufficientData(where, "unpriced-parts", String.join("、", b.unpriced()));
      return;
    }
    boolean shortOfIncomplete =
        all.centre().compareTo(b.total().yuanValue()) < 0 && !Breakdowns.complete(b);
    Severity severity = shortOfIncomplete ? Severity.WARNING : Severity.ERROR;
    String hint =
        full.unitConfusion() ? org.gongkai.check.Messages.text("hint.unit-confusion") : "";
    out.fail(
        severity,
        "",
        where,
        org.gongkai.check.Comparisons.printed(full.expected()),
        org.gongkai.check.Comparisons.printed(full.actual()),
        full.differencePrinted(),
        hint,
        b.subject().name(),
        Breakdowns.describe(b));
  }
}
