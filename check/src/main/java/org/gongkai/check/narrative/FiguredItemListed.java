package org.gongkai.check.narrative;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.EnumerationClaim;

/**
 * A list of what a whole is made of names every class, fund source or economic 款 the table gives a
 * figure. A notice: a list may name only the main items ("主要包括").
 */
public final class FiguredItemListed implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-006", RuleFamily.NARRATIVE, Severity.NOTICE).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (EnumerationClaim e : ClaimRules.claims(ctx, EnumerationClaim.class)) {
      Optional<Enumerations.Reference> ref = Enumerations.reference(ctx, e);
      if (ref.isEmpty()) {
        continue;
      }
      Set<String> listed = new HashSet<>();
      for (int i = 0; i < e.items().size(); i++) {
        listed.addAll(
            Enumerations.covered(Enumerations.key(e.itemSubjects().get(i), e.items().get(i))));
      }
      if (listed.stream().noneMatch(ref.get().entries()::containsKey)) {
        continue;
      }
      any = true;
      for (Map.Entry<String, Enumerations.Entry> r : ref.get().entries().entrySet()) {
        if (!r.getValue().hasFigure()) {
          continue;
        }
        if (listed.contains(r.getKey())) {
          out.pass(ClaimRules.where(e));
        } else {
          out.fail(ClaimRules.where(e), r.getValue().name(), "", ref.get().table());
        }
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
