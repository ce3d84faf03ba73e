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
 * Each class's fiscal expenditure in the 财政拨款收支总表 = that class's fiscal appropriation in the 收入总表
 * (plus its 财政拨款结转 when the fiscal summary counts carry-over).
 */
public final class FiscalSummaryByClassMatchesIncomeTable extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-008", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(FISCAL_SUMMARY, INCOME_SUMMARY)
          .roles(FISCAL_SUBTOTAL, TOTAL)
          .build();

  public FiscalSummaryByClassMatchesIncomeTable() {
    super(INCOME_SUMMARY, FISCAL_SUMMARY);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView income, TableView fiscal) {
    Optional<Integer> coded = CodeMatch.codedSide(fiscal);
    Optional<Integer> side = CodeMatch.uncodedSide(fiscal);
    Optional<Column> total = coded.flatMap(s -> fiscal.column(TOTAL, s));
    if (total.isEmpty() || !income.hasCodes(0)) {
      return false;
    }
    boolean carryover = side.isPresent() && IncomeLines.of(ctx, fiscal, side.get()).hasCarryover();
    List<Column> columns = CodeMatch.fiscalColumns(income, carryover);
    if (columns.isEmpty()) {
      return false;
    }
    return CodeMatch.byCode(
        ctx,
        out,
        new CodeMatch.Side(income, 0, columns),
        new CodeMatch.Side(fiscal, coded.get(), List.of(total.get())));
  }
}
