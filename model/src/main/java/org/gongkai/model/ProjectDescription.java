package org.gongkai.model;

import java.util.Objects;

/**
 * A project as the narrative describes it (项目名称, 设立的政策依据, 预算安排规模, 项目承担单位, 资金分配情况, 资金执行时间). Fields
 * not printed are empty or null.
 */
public record ProjectDescription(
    String name,
    String basis,
    Amount scale,
    String owner,
    String allocation,
    String period,
    SourceRef source) {

  public ProjectDescription {
    Objects.requireNonNull(name, "name");
    basis = basis == null ? "" : basis;
    owner = owner == null ? "" : owner;
    allocation = allocation == null ? "" : allocation;
    period = period == null ? "" : period;
    source = source == null ? SourceRef.NONE : source;
  }
}
