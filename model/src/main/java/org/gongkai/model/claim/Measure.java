package org.gongkai.model.claim;

/** Which figure of a subject an amount states. */
public enum Measure {
  /** The year's figure: the budget in a budget, the actual in final accounts. */
  THIS_YEAR,
  /** 年初预算 (the original budget) stated in final accounts. */
  ORIGINAL_BUDGET,
  /** Last year's figure stated outright (上年预算数为 …). */
  LAST_YEAR
}
