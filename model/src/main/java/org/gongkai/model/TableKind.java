package org.gongkai.model;

/**
 * What a standard table is, whatever its number or exact title in a given layout. Layout profiles
 * map titles to kinds; rules ask for tables by kind.
 */
public enum TableKind {
  /** 收支总体情况表 / 收支预算总表 (two-sided: income | expenditure). */
  INCOME_EXPENDITURE_SUMMARY,
  /** 收入总体情况表 / 收入预算总表. */
  INCOME_SUMMARY,
  /** 支出总体情况表 / 支出预算总表. */
  EXPENDITURE_SUMMARY,
  /** 财政拨款收支总体情况表 (two-sided). */
  FISCAL_SUMMARY,
  /** 财政拨款支出预算表 (Jiangsu). */
  FISCAL_EXPENDITURE,
  /** 财政拨款基本支出预算表 (Jiangsu). */
  FISCAL_BASIC_EXPENDITURE,
  /** 一般公共预算支出情况表. */
  GENERAL_PUBLIC_EXPENDITURE,
  /** 一般公共预算基本支出情况表 (by economic classification). */
  GENERAL_PUBLIC_BASIC_EXPENDITURE,
  /** 一般公共预算项目支出情况表. */
  GENERAL_PUBLIC_PROJECT_EXPENDITURE,
  /** 政府性基金预算支出情况表. */
  GOV_FUNDS_EXPENDITURE,
  /** 国有资本经营预算支出情况表. */
  STATE_CAPITAL_EXPENDITURE,
  /** 财政拨款"三公"经费支出情况表. */
  THREE_PUBLIC_EXPENSES,
  /** 机关运行经费支出预算表. */
  AGENCY_OPERATING_EXPENSES,
  /** 政府采购支出预算表. */
  PROCUREMENT,
  /** A table the profile does not know. */
  OTHER
}
