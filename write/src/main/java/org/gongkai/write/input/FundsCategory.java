package org.gongkai.write.input;

/** 人员经费 or 公用经费: the split of basic expenditure. */
public enum FundsCategory {
  PERSONNEL,
  OPERATING;

  /**
   * The usual category of an economic code: 工资福利支出 (301) and 对个人和家庭的补助 (303) are personnel funds,
   * everything else operating funds.
   */
  public static FundsCategory of(String economicCode) {
    return economicCode.startsWith("301") || economicCode.startsWith("303") ? PERSONNEL : OPERATING;
  }
}
