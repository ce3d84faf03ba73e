package org.gongkai.check.narrative;

import java.util.EnumMap;
import java.util.Map;
import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.SubjectKind;

/**
 * A budget balances, and the narrative says so consistently: the income total, the expenditure
 * total and the 收支总预算 it states for the whole budget are one figure. (财政拨款 totals are left out:
 * some layouts count carry-overs on one side only.)
 */
public final class NarrativeTotalsBalance implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-018", RuleFamily.NARRATIVE, Severity.ERROR)
          .appliesTo(DisclosureKind.BUDGET)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Map<FundScope, AmountClaim> reference = new EnumMap<>(FundScope.class);
    boolean any = false;
    for (AmountClaim a : ClaimRules.claims(ctx, AmountClaim.class)) {
      if (!isTotal(a)) {
        continue;
      }
      AmountClaim first = reference.putIfAbsent(a.subject().scope(), a);
      if (first == null || first.subject().kind() == a.subject().kind()) {
        continue;
      }
      any = true;
      Comparison c = ctx.comparisons().same(first.amount(), a.amount());
      if (c.ok()) {
        out.pass(ClaimRules.where(a));
      } else {
        out.fail(
            ClaimRules.where(a),
            Comparisons.printed(first.amount()),
            Comparisons.printed(a.amount()),
            first.subject().name(),
            a.subject().name(),
            ClaimRules.where(first).describe());
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  /** A stated total of the whole budget (本年收入合计 excludes carry-overs). */
  private static boolean isTotal(AmountClaim a) {
    SubjectKind k = a.subject().kind();
    FundScope s = a.subject().scope();
    boolean kind =
        k == SubjectKind.BUDGET_TOTAL
            || k == SubjectKind.INCOME_TOTAL
            || k == SubjectKind.EXPENDITURE_TOTAL;
    return kind
        && s == FundScope.ALL
        && a.measure() == Measure.THIS_YEAR
        && !a.nil()
        && !a.subject().name().startsWith("本年");
  }
}
