package org.gongkai.check.sanity;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Staffing;

/**
 * 在职人数 above 编制数 is worth a reviewer's look (staff outside the establishment, or a figure
 * mistyped): a notice, with a threshold the profile may raise ({@code staffing-over-authorized}).
 */
public final class InServiceWithinAuthorized implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-002", RuleFamily.SANITY, Severity.NOTICE).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Staffing s = ctx.disclosure().overview().staffing();
    if (s == null || s.authorized() == null || s.inService() == null) {
      out.notApplicable("not-stated");
      return;
    }
    Location where = Location.document(Part.OVERVIEW, info().title(), s.inService().source());
    var allowed =
        s.authorized()
            .value()
            .add(ctx.profile().threshold("staffing-over-authorized", java.math.BigDecimal.ZERO));
    if (s.inService().value().compareTo(allowed) <= 0) {
      out.pass(where);
    } else {
      out.fail(where, Stated.plain(s.authorized().value()), Stated.plain(s.inService().value()));
    }
  }
}
