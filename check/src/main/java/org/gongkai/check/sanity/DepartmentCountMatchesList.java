package org.gongkai.check.sanity;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Overview;

/** The number of internal offices stated (下设 N 个处室) matches the offices listed. */
public final class DepartmentCountMatchesList implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-010", RuleFamily.SANITY, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Overview o = ctx.disclosure().overview();
    if (o.internalDepartmentCount() == null || o.internalDepartments().isEmpty()) {
      out.notApplicable("not-stated");
      return;
    }
    Location where =
        Location.document(Part.OVERVIEW, info().title(), o.internalDepartmentCount().source());
    int listed = o.internalDepartments().size();
    if (o.internalDepartmentCount().value().intValue() == listed
        && o.internalDepartmentCount().value().scale() <= 0) {
      out.pass(where);
    } else {
      out.fail(where, String.valueOf(listed), Stated.plain(o.internalDepartmentCount().value()));
    }
  }
}
