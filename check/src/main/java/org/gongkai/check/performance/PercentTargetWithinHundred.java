package org.gongkai.check.performance;

import java.math.BigDecimal;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;

/**
 * A rate that is a share of a whole (合格率, 覆盖率, 满意度 …) cannot exceed 100%; growth rates (增长率, 增幅,
 * 提高) can and are left alone.
 */
public final class PercentTargetWithinHundred extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-016", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    String name = TableView.compact(r.indicator().name());
    if (!r.hasNumber()
        || !r.targetIsPercent()
        || name.contains("增长")
        || name.contains("增幅")
        || name.contains("提高")
        || name.contains("增加")
        || name.contains("比上年")) {
      return false;
    }
    if (r.indicator().value().compareTo(HUNDRED) <= 0) {
      out.pass(where);
    } else {
      out.fail(where, "100%", r.indicator().target());
    }
    return true;
  }
}
