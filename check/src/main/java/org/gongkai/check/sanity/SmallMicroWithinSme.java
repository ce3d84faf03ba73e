package org.gongkai.check.sanity;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Procurement;

/** The amount reserved for small and micro enterprises does not exceed that for SMEs. */
public final class SmallMicroWithinSme implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-005", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Procurement p = ctx.disclosure().procurement();
    if (p == null || p.reservedForSme() == null || p.reservedForSmallMicro() == null) {
      out.notApplicable("not-stated");
      return;
    }
    NotAboveRule.check(
        ctx,
        out,
        Location.document(Part.NARRATIVE, info().title(), p.reservedForSmallMicro().source()),
        p.reservedForSmallMicro(),
        p.reservedForSme());
  }
}
