package org.gongkai.check.completeness;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Table;

/**
 * A table with figures states its money unit (单位：万元 / 元): without it a reader can be off 10,000×.
 */
public final class TableUnitStated implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-014", RuleFamily.COMPLETENESS, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      if (t.hasNoFigures()) {
        continue;
      }
      any = true;
      Location where = Location.of(t).inPart(Part.COMPLETENESS);
      if (t.unit() != null) {
        out.pass(where);
      } else {
        out.fail(where, "", "");
      }
    }
    if (!any) {
      out.notApplicable("table-missing");
    }
  }
}
