package org.gongkai.check.narrative;

import java.util.HashSet;
import java.util.Set;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.UnboundReason;

/**
 * Every figure of the narrative is bound to a table quantity; one that could not be (an unknown
 * subject, a class name two rows share, a table the layout lacks) is reported, so coverage shows
 * what was not checked. Quantities the layout states only in the narrative (assets, 政府采购 without a
 * table) are not applicable, not failures.
 */
public final class UnboundClaimReported implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-007", RuleFamily.NARRATIVE, Severity.NOTICE).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Set<String> reported = new HashSet<>();
    boolean any = false;
    for (Claim c : ctx.disclosure().claims()) {
      any = true;
      if (c.binding().isBound()) {
        out.pass(ClaimRules.where(c));
        continue;
      }
      UnboundReason r = c.binding().reason();
      if (r == UnboundReason.NARRATIVE_ONLY) {
        out.notApplicable("narrative-only");
        continue;
      }
      String key =
          c.origin().section() + "#" + c.origin().sentenceIndex() + "#" + c.subject().key();
      if (reported.add(key)) {
        String why = Messages.format("unbound." + r.name(), c.binding().detail());
        out.fail(ClaimRules.where(c), "", c.subject().name(), why);
      }
    }
    if (!any) {
      out.notApplicable("no-claims");
    }
  }
}
