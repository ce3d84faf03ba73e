package org.gongkai.check.narrative;

import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.EnumerationClaim;

/**
 * What a list names ("支出预算包括：一般公共服务支出、…", "人员经费主要包括：基本工资、…") has figures in the table: a listed
 * class or fund source the table leaves empty is a list copied from another year.
 */
public final class ListedItemHasFigures implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-005", RuleFamily.NARRATIVE, Severity.WARNING).build();

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
      for (int i = 0; i < e.items().size(); i++) {
        String key = Enumerations.key(e.itemSubjects().get(i), e.items().get(i));
        Enumerations.Entry entry = ref.get().entries().get(key);
        if (entry == null) {
          continue;
        }
        any = true;
        if (entry.hasFigure()) {
          out.pass(ClaimRules.where(e));
        } else {
          out.fail(ClaimRules.where(e), "", e.items().get(i), ref.get().table());
        }
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }
}
