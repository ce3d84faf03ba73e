package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.*;
import static org.gongkai.model.TableKind.*;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * The 一般公共预算支出表 by code and in total = the 收入总表's 一般公共预算 (with its 上级转移支付) by code and in total:
 * this year's appropriation is what this year's general-public table spends.
 */
public final class GeneralPublicMatchesIncomeTable extends ColumnMatchRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-014", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(INCOME_SUMMARY, GENERAL_PUBLIC_EXPENDITURE)
          .build();

  public GeneralPublicMatchesIncomeTable() {
    super(
        INCOME_SUMMARY,
        List.of(GENERAL_PUBLIC, GENERAL_PUBLIC_TRANSFER),
        GENERAL_PUBLIC_EXPENDITURE,
        List.of(TOTAL),
        true,
        true);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
