package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.TableKind.EXPENDITURE_SUMMARY;
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

/**
 * A 收入总表 laid out by functional classification and the 支出总表 agree code by code and in total: what a
 * class receives is what it spends.
 */
public final class IncomeTableMatchesExpenditureTable extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-004", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(INCOME_SUMMARY, EXPENDITURE_SUMMARY)
          .roles(TOTAL)
          .build();

  public IncomeTableMatchesExpenditureTable() {
    super(INCOME_SUMMARY, EXPENDITURE_SUMMARY);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView income, TableView spending) {
    Optional<Column> it = income.column(TOTAL, 0);
    Optional<Column> et = spending.column(TOTAL, 0);
    if (it.isEmpty() || et.isEmpty() || !income.hasCodes(0) || !spending.hasCodes(0)) {
      return false;
    }
    var e = new CodeMatch.Side(income, 0, List.of(it.get()));
    var a = new CodeMatch.Side(spending, 0, List.of(et.get()));
    boolean any = CodeMatch.byCode(ctx, out, e, a);
    return CodeMatch.totals(ctx, out, e, a) | any;
  }
}
