package org.gongkai.model;

/**
 * What a column means, independent of where a layout puts it. Rules address columns by role, so one
 * rule serves every layout that has the roles it needs.
 */
public enum ColumnRole {
  // --- stub (row label) columns
  /** The whole classification code in one column (2010301), or code and name together. */
  CODE,
  /** 类 part of a code split over three columns. */
  CODE_CLASS,
  /** 款 part. */
  CODE_SECTION,
  /** 项 part. */
  CODE_ITEM,
  /** The row's name (科目名称, 项目). */
  NAME,
  /** Code and name printed in one cell: "201 一般公共服务支出". */
  CODE_NAME,
  /** A project's name (项目名称) beside its classification. */
  PROJECT_NAME,

  // --- value columns
  /** The row total (合计, 总计, 预算数 in a two-sided table). */
  TOTAL,
  BASIC,
  PROJECT,
  PERSONNEL,
  OPERATING,
  /** 财政拨款（补助）小计. */
  FISCAL_SUBTOTAL,
  GENERAL_PUBLIC,
  GENERAL_PUBLIC_TRANSFER,
  GOV_FUNDS,
  GOV_FUNDS_TRANSFER,
  STATE_CAPITAL,
  STATE_CAPITAL_TRANSFER,
  /** 财政专户管理资金 (教育收费). */
  SPECIAL_ACCOUNT,
  UNIT_FUNDS,
  /** 事业收入. */
  OPERATING_REVENUE,
  /** 事业单位经营收入 (Shanghai's income tables list it beside 事业收入). */
  BUSINESS_REVENUE,
  /** 其他收入. */
  OTHER_INCOME,
  /** 财政拨款结转（结余）. */
  FISCAL_CARRYOVER,
  /** 非财政拨款结转结余. */
  NON_FISCAL_CARRYOVER,
  /** An economic class as a column (表7's 工资福利支出, 商品和服务支出 …); its code is the qualifier. */
  ECONOMIC_CLASS,
  /** 因公出国（境）费 as a column (Shanghai's 三公 table lays the items out as columns). */
  OVERSEAS_TRAVEL,
  /** 公务接待费 as a column. */
  RECEPTION,
  /** 公务用车购置及运行费 (小计) as a column. */
  VEHICLES,
  /** 公务用车购置费 as a column. */
  VEHICLE_PURCHASE,
  /** 公务用车运行（维护）费 as a column. */
  VEHICLE_OPERATION,
  /** 机关运行经费 as a column. */
  AGENCY_OPERATING,
  /** Last year's figure. */
  LAST_YEAR,
  /** The year's budget in a final-accounts table. */
  BUDGET,
  /** The year's actual figure in a final-accounts table. */
  ACTUAL,
  /** A value column whose meaning the profile does not name. */
  OTHER;

  /** True for columns that label a row rather than hold its values. */
  public boolean isStub() {
    return switch (this) {
      case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM, NAME, CODE_NAME, PROJECT_NAME -> true;
      default -> false;
    };
  }
}
