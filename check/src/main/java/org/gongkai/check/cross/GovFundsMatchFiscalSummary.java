package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.*;
import static org.gongkai.model.TableKind.*;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/** The 政府性基金预算支出表 by class and in total = the 政府性基金 column of the 财政拨款收支总表. */
public final class GovFundsMatchFiscalSummary extends ColumnMatchRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-009", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(FISCAL_SUMMARY, GOV_FUNDS_EXPENDITURE)
          .build();

  public GovFundsMatchFiscalSummary() {
    super(FISCAL_SUMMARY, List.of(GOV_FUNDS), GOV_FUNDS_EXPENDITURE, List.of(TOTAL), true, true);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
