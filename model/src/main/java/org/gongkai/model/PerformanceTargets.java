package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * 项目支出绩效目标表: one project's performance target sheet.
 *
 * @param year the year printed under the title, 0 if none
 * @param unit 预算单位
 * @param project 项目名称
 * @param manager 项目负责人
 * @param fundsTotal 年度预算总额 / 年度资金总额
 * @param fundsFiscal 其中：财政拨款
 * @param fundsOther 其他资金
 * @param overallGoal 项目总体目标 text
 * @param indicators the indicator rows in order
 */
public record PerformanceTargets(
    int year,
    String unit,
    String project,
    String manager,
    Amount fundsTotal,
    Amount fundsFiscal,
    Amount fundsOther,
    Paragraph overallGoal,
    List<Indicator> indicators,
    SourceRef source) {

  public PerformanceTargets {
    unit = unit == null ? "" : unit;
    Objects.requireNonNull(project, "project");
    manager = manager == null ? "" : manager;
    indicators = List.copyOf(indicators);
    source = source == null ? SourceRef.NONE : source;
  }
}
