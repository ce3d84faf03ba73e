package org.gongkai.check.narrative;

import java.math.BigDecimal;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.ShareClaim;

/**
 * A part's share of its whole (占 x%) lies between 0% and 100%; a completion rate may exceed 100%.
 */
public final class ShareOfWholeAtMostHundred implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-019", RuleFamily.NARRATIVE, Severity.ERROR).build();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ShareClaim s : ClaimRules.claims(ctx, ShareClaim.class)) {
      if (s.basis() != ShareClaim.Basis.OF_WHOLE) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(s);
      if (s.percent().compareTo(HUNDRED) > 0 || s.percent().signum() < 0) {
        out.fail(where, "0%–100%", Percents.shown(s.percent()), s.subject().name());
      } else {
        out.pass(where);
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
