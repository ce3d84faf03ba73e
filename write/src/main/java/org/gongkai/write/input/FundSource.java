package org.gongkai.write.input;

/**
 * Where the money of a line item comes from. The income side of every table is the sum of the line
 * items by fund source, so a fund source is all the ledger needs to place a figure in 表1, 表2 and
 * the fiscal tables.
 */
public enum FundSource {
  /** 一般公共预算拨款 from the unit's own government (一般财力). */
  GENERAL_PUBLIC(Group.FISCAL, "一般公共预算拨款"),
  /** 上级一般公共预算安排的转移支付. */
  GENERAL_PUBLIC_TRANSFER(Group.FISCAL, "上级一般公共预算转移支付"),
  /** 政府性基金预算拨款. */
  GOV_FUNDS(Group.FISCAL, "政府性基金预算拨款"),
  /** 上级政府性基金安排的转移支付. */
  GOV_FUNDS_TRANSFER(Group.FISCAL, "上级政府性基金转移支付"),
  /** 国有资本经营预算拨款. */
  STATE_CAPITAL(Group.FISCAL, "国有资本经营预算拨款"),
  /** 上级国有资本经营预算安排的转移支付. */
  STATE_CAPITAL_TRANSFER(Group.FISCAL, "上级国有资本经营预算转移支付"),
  /** 财政专户管理资金 (教育收费). */
  SPECIAL_ACCOUNT(Group.NON_FISCAL, "财政专户管理资金"),
  /** 事业收入. */
  OPERATING_REVENUE(Group.NON_FISCAL, "事业收入"),
  /** 上级补助收入. */
  SUPERIOR_SUBSIDY(Group.NON_FISCAL, "上级补助收入"),
  /** 附属单位上缴收入. */
  AFFILIATE_REMITTANCE(Group.NON_FISCAL, "附属单位上缴收入"),
  /** 事业单位经营收入. */
  BUSINESS_REVENUE(Group.NON_FISCAL, "事业单位经营收入"),
  /** 其他收入. */
  OTHER_INCOME(Group.NON_FISCAL, "其他收入"),
  /** 财政拨款结转：一般公共预算. */
  CARRYOVER_GENERAL_PUBLIC(Group.FISCAL_CARRYOVER, "财政拨款结转（一般公共预算）"),
  /** 财政拨款结转：政府性基金. */
  CARRYOVER_GOV_FUNDS(Group.FISCAL_CARRYOVER, "财政拨款结转（政府性基金）"),
  /** 财政拨款结转：国有资本经营预算. */
  CARRYOVER_STATE_CAPITAL(Group.FISCAL_CARRYOVER, "财政拨款结转（国有资本经营）"),
  /** 非财政拨款结转结余：财政专户. */
  CARRYOVER_SPECIAL_ACCOUNT(Group.NON_FISCAL_CARRYOVER, "非财政拨款结转结余（财政专户）"),
  /** 非财政拨款结转结余：单位资金. */
  CARRYOVER_UNIT_FUNDS(Group.NON_FISCAL_CARRYOVER, "非财政拨款结转结余（单位资金）");

  /** The four families the tables group fund sources into. */
  public enum Group {
    /** This year's 财政拨款. */
    FISCAL,
    /** This year's money from other sources. */
    NON_FISCAL,
    /** 财政拨款结转. */
    FISCAL_CARRYOVER,
    /** 非财政拨款结转结余. */
    NON_FISCAL_CARRYOVER
  }

  private final Group group;
  private final String label;

  FundSource(Group group, String label) {
    this.group = group;
    this.label = label;
  }

  /** The Chinese name, as the template's drop-down offers it. */
  public String label() {
    return label;
  }

  public Group group() {
    return group;
  }

  /** True for this year's 一般公共预算 money (own or transferred). */
  public boolean isGeneralPublic() {
    return this == GENERAL_PUBLIC || this == GENERAL_PUBLIC_TRANSFER;
  }

  /** True for this year's 政府性基金 money. */
  public boolean isGovFunds() {
    return this == GOV_FUNDS || this == GOV_FUNDS_TRANSFER;
  }

  /** True for this year's 国有资本经营 money. */
  public boolean isStateCapital() {
    return this == STATE_CAPITAL || this == STATE_CAPITAL_TRANSFER;
  }

  /** True for 单位资金 (money the unit raises itself this year). */
  public boolean isUnitFunds() {
    return switch (this) {
      case OPERATING_REVENUE,
          SUPERIOR_SUBSIDY,
          AFFILIATE_REMITTANCE,
          BUSINESS_REVENUE,
          OTHER_INCOME ->
          true;
      default -> false;
    };
  }
}
