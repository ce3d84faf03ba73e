package org.gongkai.check.sanity;

import java.util.Arrays;
import java.util.List;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Figure;
import org.gongkai.model.Staffing;

/** 实有人数 = 在职 + 退休 + 离休. */
public final class ActualStaffEqualsParts implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-001", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Staffing s = ctx.disclosure().overview().staffing();
    if (s == null || s.actual() == null) {
      out.notApplicable("not-stated");
      return;
    }
    Location where = Location.document(Part.OVERVIEW, info().title(), s.actual().source());
    List<Figure> parts = Arrays.asList(s.inService(), s.retired(), s.honorablyRetired());
    if (!Stated.all(parts)) {
      out.insufficientData(where, "not-stated");
      return;
    }
    var sum = Stated.sum(parts);
    if (sum.compareTo(s.actual().value()) == 0) {
      out.pass(where);
    } else {
      out.fail(where, Stated.plain(sum), Stated.plain(s.actual().value()));
    }
  }
}
