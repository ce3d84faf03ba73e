package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.TableKind.EXPENDITURE_SUMMARY;
import static org.gongkai.model.TableKind.INCOME_EXPENDITURE_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;

/** The 支出总表's 合计 = the 收支总表's 支出总计. */
public final class ExpenditureTableTotalMatchesSummary extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-003", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(INCOME_EXPENDITURE_SUMMARY, EXPENDITURE_SUMMARY)
          .roles(TOTAL)
          .build();

  public ExpenditureTableTotalMatchesSummary() {
    super(INCOME_EXPENDITURE_SUMMARY, EXPENDITURE_SUMMARY);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView summary, TableView spending) {
    Optional<Integer> s = CodeMatch.codedSide(summary);
    Optional<Column> st = s.flatMap(side -> summary.column(TOTAL, side));
    Optional<Column> et = spending.column(TOTAL, 0);
    if (st.isEmpty() || et.isEmpty()) {
      return false;
    }
    return CodeMatch.totals(
        ctx,
        out,
        new CodeMatch.Side(summary, s.get(), List.of(st.get())),
        new CodeMatch.Side(spending, 0, List.of(et.get())));
  }
}
