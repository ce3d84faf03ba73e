package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.Interval;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.ShareClaim;

/**
 * When every non-zero part of a breakdown states its share, the shares add up to the parts' share
 * of the total — 100% for a breakdown that adds up — within the rounding of each printed percent (n
 * × half a unit of the last digit) and of the figures.
 */
public final class SharesMakeUpTheWhole implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-016", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Map<String, List<ShareClaim>> shares = new HashMap<>();
    for (ShareClaim s : ClaimRules.claims(ctx, ShareClaim.class)) {
      if (s.basis() == ShareClaim.Basis.OF_WHOLE && s.whole() != null) {
        shares
            .computeIfAbsent(group(s.origin().section(), s.whole().key()), k -> new ArrayList<>())
            .add(s);
      }
    }
    boolean any = false;
    for (BreakdownClaim b : ClaimRules.claims(ctx, BreakdownClaim.class)) {
      List<ShareClaim> group = shares.get(group(b.origin().section(), b.subject().key()));
      Optional<List<ShareClaim>> matched = group == null ? Optional.empty() : match(b, group);
      if (matched.isEmpty() || matched.get().size() < 2) {
        continue;
      }
      any = true;
      check(out, b, matched.get());
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static String group(String section, String wholeKey) {
    return section + "#" + wholeKey;
  }

  /** The share of each non-zero part, when every such part has one. */
  private static Optional<List<ShareClaim>> match(BreakdownClaim b, List<ShareClaim> group) {
    List<ShareClaim> out = new ArrayList<>();
    for (BreakdownClaim.Part p : b.parts()) {
      if (!p.isRate() && p.amount().isZero()) {
        continue;
      }
      Optional<ShareClaim> s =
          group.stream().filter(x -> x.subject().key().equals(p.subject().key())).findFirst();
      if (s.isEmpty()) {
        return Optional.empty();
      }
      out.add(s.get());
    }
    return Optional.of(out);
  }

  private static void check(Outcomes out, BreakdownClaim b, List<ShareClaim> shares) {
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal radius = BigDecimal.ZERO;
    for (ShareClaim s : shares) {
      Interval p = Percents.printed(s.percent());
      sum = sum.add(p.centre());
      radius = radius.add(p.radius());
    }
    Optional<Interval> expected = Percents.of(Breakdowns.allParts(b), Interval.of(b.total()));
    if (expected.isEmpty()) {
      out.insufficientData(ClaimRules.where(b), "whole-zero");
      return;
    }
    if (expected.get().overlaps(new Interval(sum, radius))) {
      out.pass(ClaimRules.where(b));
    } else {
      out.fail(
          ClaimRules.where(b),
          Percents.shown(expected.get(), sum),
          Percents.shown(sum),
          b.subject().name(),
          shares.size());
    }
  }
}
