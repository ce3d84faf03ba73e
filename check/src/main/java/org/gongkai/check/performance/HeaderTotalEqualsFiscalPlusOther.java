package org.gongkai.check.performance;

import java.util.List;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.PerformanceTargets;

/** A sheet's 年度预算总额 = 财政拨款 + 其他资金. */
public final class HeaderTotalEqualsFiscalPlusOther extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-001", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    if (s.fundsTotal() == null && s.fundsFiscal() == null && s.fundsOther() == null) {
      return false;
    }
    Location where = Location.of(s);
    if (s.fundsTotal() == null || s.fundsFiscal() == null || s.fundsOther() == null) {
      out.insufficientData(where, "not-stated");
      return true;
    }
    FigureChecks.report(
        out,
        where,
        ctx.comparisons()
            .sum(s.fundsTotal().money(), List.of(s.fundsFiscal().money(), s.fundsOther().money())),
        "");
    return true;
  }
}
