package org.gongkai.model.claim;

/**
 * What kind of quantity a claim talks about. Most kinds name one fixed quantity of every disclosure
 * (基本支出, 公务接待费); the named kinds ({@link #isNamed()}) need the subject's name as well (a functional
 * class, a project, an asset).
 */
public enum SubjectKind {
  // --- totals
  /** 收支总预算 / 收支总计 (with a scope: 财政拨款收支总预算). */
  BUDGET_TOTAL(Group.TOTALS),
  /** 收入预算 / 收入总计 / 本年收入合计. */
  INCOME_TOTAL(Group.TOTALS),
  /** 支出预算 / 支出总计 / 本年支出合计; with scope 一般公共预算 it is 一般公共预算拨款合计. */
  EXPENDITURE_TOTAL(Group.TOTALS),

  // --- income by fund source
  /** 一般公共预算 (拨款收入). */
  FUND_GENERAL_PUBLIC(Group.FUNDS),
  /** 上级一般公共预算安排的转移支付. */
  FUND_GENERAL_PUBLIC_TRANSFER(Group.FUNDS),
  /** 政府性基金预算. */
  FUND_GOV_FUNDS(Group.FUNDS),
  /** 上级政府性基金安排的转移支付. */
  FUND_GOV_FUNDS_TRANSFER(Group.FUNDS),
  /** 国有资本经营预算. */
  FUND_STATE_CAPITAL(Group.FUNDS),
  /** 上级国有资本经营预算安排的转移支付. */
  FUND_STATE_CAPITAL_TRANSFER(Group.FUNDS),
  /** 财政拨款收入 as a whole. */
  FUND_FISCAL(Group.FUNDS),
  /** 财政专户管理资金 / 财政专户核拨. */
  FUND_SPECIAL_ACCOUNT(Group.FUNDS),
  /** 单位资金 / 其他资金. */
  FUND_UNIT(Group.FUNDS),
  /** 事业收入. */
  FUND_OPERATING_REVENUE(Group.FUNDS),
  /** 事业单位经营收入. */
  FUND_BUSINESS_REVENUE(Group.FUNDS),
  /** 上级补助收入. */
  FUND_SUBSIDY(Group.FUNDS),
  /** 附属单位上缴收入. */
  FUND_AFFILIATE(Group.FUNDS),
  /** 其他收入. */
  FUND_OTHER_INCOME(Group.FUNDS),
  /** 上年结转结余 as a whole. */
  CARRYOVER(Group.FUNDS),
  /** 财政拨款结转（结余）. */
  CARRYOVER_FISCAL(Group.FUNDS),
  /** 非财政拨款结转结余. */
  CARRYOVER_NON_FISCAL(Group.FUNDS),
  /** 非财政拨款（资金） as a whole: 财政专户, 单位资金 and their carry-overs together. */
  FUND_NON_FISCAL(Group.FUNDS),

  // --- expenditure structure
  BASIC(Group.STRUCTURE),
  PROJECT_EXPENDITURE(Group.STRUCTURE),
  PERSONNEL(Group.STRUCTURE),
  OPERATING(Group.STRUCTURE),
  /** A functional class, 款 or 项 (named; code when resolvable). */
  FUNCTIONAL_CLASS(Group.CLASSES),
  /** An economic class or 款 (named). */
  ECONOMIC_CLASS(Group.CLASSES),

  // --- 三公经费
  THREE_PUBLIC_TOTAL(Group.THREE_PUBLIC),
  OVERSEAS_TRAVEL(Group.THREE_PUBLIC),
  RECEPTION(Group.THREE_PUBLIC),
  /** 公务用车购置及运行（维护）费. */
  VEHICLES(Group.THREE_PUBLIC),
  VEHICLE_PURCHASE(Group.THREE_PUBLIC),
  VEHICLE_OPERATION(Group.THREE_PUBLIC),

  /** 机关运行经费. */
  AGENCY_OPERATING(Group.OTHER_MATTERS),

  // --- 政府采购
  PROCUREMENT_TOTAL(Group.PROCUREMENT),
  PROCUREMENT_GOODS(Group.PROCUREMENT),
  PROCUREMENT_WORKS(Group.PROCUREMENT),
  PROCUREMENT_SERVICES(Group.PROCUREMENT),
  /** 面向中小企业预留. */
  PROCUREMENT_SME(Group.PROCUREMENT),
  /** 面向小微企业预留. */
  PROCUREMENT_SMALL_MICRO(Group.PROCUREMENT),

  // --- projects and assets
  /** One project, by name. */
  PROJECT(Group.PROJECTS),
  /** The projects as a set: their number, the funds they involve (项目 4 个，涉及金额 …). */
  PROJECTS(Group.PROJECTS),
  /** An item of state assets held (房屋, 车辆, 办公家具 …), by name. */
  ASSET(Group.ASSETS),

  /** Something the parser could not identify; the name is the label as printed. */
  OTHER(Group.UNKNOWN);

  /** Families of subjects, for rules that look at one part of the narrative. */
  public enum Group {
    TOTALS,
    FUNDS,
    STRUCTURE,
    CLASSES,
    THREE_PUBLIC,
    OTHER_MATTERS,
    PROCUREMENT,
    PROJECTS,
    ASSETS,
    UNKNOWN
  }

  private final Group group;

  SubjectKind(Group group) {
    this.group = group;
  }

  public Group group() {
    return group;
  }

  /** True when the kind needs a name to say which quantity it is. */
  public boolean isNamed() {
    return switch (this) {
      case FUNCTIONAL_CLASS, ECONOMIC_CLASS, PROJECT, ASSET, OTHER -> true;
      default -> false;
    };
  }
}
