package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.*;
import static org.gongkai.model.TableKind.*;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/** The 国有资本经营预算支出表 by class and in total = the 国有资本经营 column of the 财政拨款收支总表. */
public final class StateCapitalMatchesFiscalSummary extends ColumnMatchRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-010", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(FISCAL_SUMMARY, STATE_CAPITAL_EXPENDITURE)
          .build();

  public StateCapitalMatchesFiscalSummary() {
    super(
        FISCAL_SUMMARY,
        List.of(STATE_CAPITAL),
        STATE_CAPITAL_EXPENDITURE,
        List.of(TOTAL),
        true,
        true);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
