package org.gongkai.check.performance;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.Names;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Scope;

/** In a unit's disclosure, each sheet's 预算单位 is that unit (a department's may name its units). */
public final class SheetUnitIsDocumentUnit extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-012", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    String unit = ctx.disclosure().metadata().unitName();
    if (ctx.disclosure().metadata().scope() != Scope.UNIT || unit.isEmpty() || s.unit().isEmpty()) {
      return false;
    }
    Location where = Location.of(s);
    if (Names.same(unit, s.unit())) {
      out.pass(where);
    } else {
      out.fail(where, unit, s.unit());
    }
    return true;
  }
}
