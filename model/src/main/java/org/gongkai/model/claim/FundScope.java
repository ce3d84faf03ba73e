package org.gongkai.model.claim;

/**
 * Which money a subject counts when the text says so: 基本支出 alone is the whole unit's, 一般公共预算基本支出
 * only that paid from the general public budget. The scope comes from the sentence itself, else
 * from the section's title (五、一般公共预算当年拨款情况说明), else it is {@link #ALL}.
 */
public enum FundScope {
  /** All funds: 收支总预算, 基本支出 in a section about the whole budget. */
  ALL,
  /** 财政拨款: general public + government funds + state capital. */
  FISCAL,
  /** 一般公共预算. */
  GENERAL_PUBLIC,
  /** 政府性基金预算. */
  GOV_FUNDS,
  /** 国有资本经营预算. */
  STATE_CAPITAL,
  /** 非财政拨款 (财政专户, 单位资金 …). */
  NON_FISCAL
}
