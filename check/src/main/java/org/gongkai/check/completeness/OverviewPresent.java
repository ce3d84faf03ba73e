package org.gongkai.check.completeness;

import org.gongkai.check.Location;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Overview;
import org.gongkai.model.SourceRef;

/** The disclosure states the unit's functions and organisation (部门职责、机构设置, 财预〔2016〕143号). */
public final class OverviewPresent implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-013", RuleFamily.COMPLETENESS, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Overview o = ctx.disclosure().overview();
    Location where = Location.document(Part.OVERVIEW, info().title(), SourceRef.NONE);
    boolean functions = !o.functions().isEmpty();
    boolean organisation =
        !o.organisation().isEmpty() || !o.internalDepartments().isEmpty() || o.staffing() != null;
    if (functions && organisation) {
      out.pass(where);
    } else {
      String missing =
          !functions && !organisation
              ? "overview.both"
              : functions ? "overview.organisation" : "overview.functions";
      out.fail(where, "", "", Messages.text(missing));
    }
  }
}
