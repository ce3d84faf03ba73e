package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of a performance target sheet (绩效指标).
 *
 * @param level1 一级指标 (产出指标, 成本指标, 效益指标, 满意度指标), compact
 * @param level2 二级指标 (数量指标 …), compact
 * @param name 三级指标 as printed, compact
 * @param target 指标值 as printed ("&gt;=990 条", "有效保障")
 * @param operator the comparison of the target: one of {@code >= <= = > <}, empty for a qualitative
 *     target
 * @param value the target's number, null for a qualitative target
 * @param unit the target's unit of measure as printed after the number (条, %, 万元, 元/人, 万元/月)
 * @param basis 指标值设置依据
 * @param lastYear 上年完成值 as printed
 * @param weight 指标分值权重, null if not printed
 * @param scoringRule 指标赋分规则
 * @param evidence 佐证资料
 */
public record Indicator(
    String level1,
    String level2,
    String name,
    String target,
    String operator,
    BigDecimal value,
    String unit,
    String basis,
    String lastYear,
    BigDecimal weight,
    String scoringRule,
    String evidence,
    SourceRef source) {

  public Indicator {
    level1 = nz(level1);
    level2 = nz(level2);
    Objects.requireNonNull(name, "name");
    target = nz(target);
    operator = nz(operator);
    unit = nz(unit);
    basis = nz(basis);
    lastYear = nz(lastYear);
    scoringRule = nz(scoringRule);
    evidence = nz(evidence);
    source = source == null ? SourceRef.NONE : source;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
