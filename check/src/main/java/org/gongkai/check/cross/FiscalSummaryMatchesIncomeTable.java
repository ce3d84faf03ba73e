package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.FISCAL_SUBTOTAL;
import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.TableKind.FISCAL_SUMMARY;
import static org.gongkai.model.TableKind.INCOME_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.model.Column;

/**
 * The 财政拨款收支总表's total = the 收入总表's fiscal appropriation, with 财政拨款结转 counted on both or on
 * neither: when the fiscal summary shows no carry-over line, its total must be this year's
 * appropriation alone.
 */
public final class FiscalSummaryMatchesIncomeTable extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-007", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(FISCAL_SUMMARY, INCOME_SUMMARY)
          .roles(FISCAL_SUBTOTAL, TOTAL)
          .build();

  public FiscalSummaryMatchesIncomeTable() {
    super(INCOME_SUMMARY, FISCAL_SUMMARY);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView income, TableView fiscal) {
    Optional<Integer> side = CodeMatch.uncodedSide(fiscal);
    Optional<Column> total = side.flatMap(s -> fiscal.column(TOTAL, s));
    if (total.isEmpty()) {
      return false;
    }
    boolean carryover = IncomeLines.of(ctx, fiscal, side.get()).hasCarryover();
    List<Column> columns = CodeMatch.fiscalColumns(income, carryover);
    if (columns.isEmpty()) {
      return false;
    }
    return CodeMatch.totals(
        ctx,
        out,
        new CodeMatch.Side(income, 0, columns),
        new CodeMatch.Side(fiscal, side.get(), List.of(total.get())));
  }
}
