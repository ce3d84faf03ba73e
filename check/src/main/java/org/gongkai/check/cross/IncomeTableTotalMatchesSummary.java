package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.gongkai.model.TableKind.INCOME_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;

/** The 收入总表's 总计 = the 收支总表's 收入总计. */
public final class IncomeTableTotalMatchesSummary extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-002", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(INCOME_EXPENDITURE_SUMMARY, INCOME_SUMMARY)
          .roles(TOTAL)
          .build();

  public IncomeTableTotalMatchesSummary() {
    super(INCOME_EXPENDITURE_SUMMARY, INCOME_SUMMARY);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView summary, TableView income) {
    Optional<Integer> s = CodeMatch.uncodedSide(summary);
    Optional<Column> st = s.flatMap(side -> summary.column(TOTAL, side));
    Optional<Column> it = income.column(TOTAL, 0);
    if (st.isEmpty() || it.isEmpty()) {
      return false;
    }
    return CodeMatch.totals(
        ctx,
        out,
        new CodeMatch.Side(summary, s.get(), List.of(st.get())),
        new CodeMatch.Side(income, 0, List.of(it.get())));
  }
}
