package org.gongkai.check.performance;

import java.util.List;
import java.util.Map;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * A level-2 indicator sits under its level-1 kind: 数量/质量/时效 (and 成本 in older templates) under 产出,
 * 经济/社会/生态环境成本 under 成本, 经济/社会/生态/可持续影响效益 under 效益, 满意度 under 满意度.
 */
public final class Level2UnderItsLevel1 extends IndicatorRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-004", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  private static final Map<String, List<String>> ALLOWED =
      Map.of(
          "产出", List.of("数量", "质量", "时效", "成本"),
          "成本", List.of("经济成本", "社会成本", "生态环境成本", "成本"),
          "效益", List.of("经济效益", "社会效益", "生态效益", "可持续影响", "可持续影响效益"),
          "满意度", List.of("满意度", "服务对象满意度"));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, Sheets.Read r, Location where) {
    List<String> allowed = ALLOWED.get(r.level1());
    if (allowed == null || r.level2().isEmpty()) {
      return false;
    }
    boolean ok =
        allowed.contains(r.level2()) || (r.level1().equals("满意度") && r.level2().endsWith("满意度"));
    if (ok) {
      out.pass(where);
    } else {
      out.fail(where, String.join("、", allowed), r.level2(), r.level1());
    }
    return true;
  }
}
