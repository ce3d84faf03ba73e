package org.gongkai.check.sanity;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.StateAssets;

/** Equipment worth over 100 万元 each is also worth over 50 万元: its count cannot be the larger. */
public final class LargeEquipmentCountsNested implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-009", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    StateAssets a = ctx.disclosure().assets();
    if (a == null || a.equipmentOver50() == null || a.equipmentOver100() == null) {
      out.notApplicable("not-stated");
      return;
    }
    Location where =
        Location.document(Part.NARRATIVE, info().title(), a.equipmentOver100().source());
    if (a.equipmentOver100().value().compareTo(a.equipmentOver50().value()) <= 0) {
      out.pass(where);
    } else {
      out.fail(
          where,
          Stated.plain(a.equipmentOver50().value()),
          Stated.plain(a.equipmentOver100().value()));
    }
  }
}
