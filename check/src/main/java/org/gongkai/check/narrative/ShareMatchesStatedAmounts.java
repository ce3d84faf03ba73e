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
import org.gongkai.model.claim.ShareClaim;

/**
 * A share is the narrative's own part over its own whole: "一般公共预算 470.00 万元，占 85.45%" after "收入预算
 * 550.00 万元" must compute; "支出决算为 X，完成年初预算的 y%" against the 年初预算 stated.
 */
public final class ShareMatchesStatedAmounts implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-017", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ShareClaim s : ClaimRules.claims(ctx, ShareClaim.class)) {
      if (s.part() == null || s.wholeStated() == null) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(s);
      Optional<Interval> computed = Percents.of(s.part(), s.wholeStated());
      if (computed.isEmpty()) {
        out.insufficientData(where, "whole-zero");
      } else if (Percents.agree(computed.get(), s.percent())) {
        out.pass(where);
      } else {
        out.fail(
            where,
            Percents.shown(computed.get(), s.percent()),
            Percents.shown(s.percent()),
            Comparisons.printed(s.part()),
            Comparisons.printed(s.wholeStated()));
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
