package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.ShareClaim;

/**
 * A share the narrative states (占 x%, 完成年初预算的 x%) is the share the tables give: the bound part over
 * the bound whole, with the rounding of the printed percent and of both figures.
 */
public final class NarrativeShareMatchesTables implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-002", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ShareClaim s : ClaimRules.claims(ctx, ShareClaim.class)) {
      Optional<ClaimRules.Bound> part = ClaimRules.bound(ctx, s.binding());
      Optional<ClaimRules.Bound> whole = ClaimRules.bound(ctx, s.wholeBinding());
      if (part.isEmpty() || whole.isEmpty()) {
        continue;
      }
      any = true;
      check(out, s, part.get(), whole.get());
    }
    if (!any) {
      out.notApplicable("no-bound-claims");
    }
  }

  private static void check(
      Outcomes out, ShareClaim s, ClaimRules.Bound part, ClaimRules.Bound whole) {
    Location where = ClaimRules.where(s);
    if (part.unit().isEmpty() || whole.unit().isEmpty()) {
      out.insufficientData(where, "table-unit-unknown");
      return;
    }
    Optional<Interval> p = interval(part.value());
    Optional<Interval> w = whole.value().isNumber() ? interval(whole.value()) : Optional.empty();
    if (p.isEmpty() || w.isEmpty()) {
      out.insufficientData(where, "not-a-number");
      return;
    }
    Optional<Interval> computed = Percents.of(p.get(), w.get());
    if (computed.isEmpty()) {
      out.insufficientData(where, "whole-zero");
      return;
    }
    if (Percents.agree(computed.get(), s.percent())) {
      out.pass(where);
      return;
    }
    out.fail(
        where,
        Percents.shown(computed.get(), s.percent()),
        Percents.shown(s.percent()),
        part.location().describe(),
        ClaimRules.printed(part.value()),
        whole.location().describe(),
        ClaimRules.printed(whole.value()));
  }

  /** A number, or a blank part read as zero (a share of nothing is 0%). */
  private static Optional<Interval> interval(CellValue v) {
    if (v.isNumber()) {
      return Optional.of(Interval.of(v.money()));
    }
    return v.isBlank() ? Optional.of(Interval.exact(BigDecimal.ZERO)) : Optional.empty();
  }
}
