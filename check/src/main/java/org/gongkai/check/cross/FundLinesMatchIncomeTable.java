package org.gongkai.check.cross;

import static org.gongkai.model.TableKind.FISCAL_SUMMARY;
import static org.gongkai.model.TableKind.INCOME_EXPENDITURE_SUMMARY;
import static org.gongkai.model.TableKind.INCOME_SUMMARY;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.check.view.IncomeLines.Line;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;

/**
 * The fund-source lines of a two-sided summary (一般公共预算拨款, 财政专户核拨, 单位资金, 财政拨款结转 …, in the 收支总表 and
 * the 财政拨款收支总表) = the totals of the matching columns of the 收入总表.
 */
public final class FundLinesMatchIncomeTable implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-005", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(INCOME_EXPENDITURE_SUMMARY, FISCAL_SUMMARY, INCOME_SUMMARY)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Optional<TableView> income = ctx.view(INCOME_SUMMARY);
    boolean any = false;
    for (TableKind kind : List.of(INCOME_EXPENDITURE_SUMMARY, FISCAL_SUMMARY)) {
      Optional<TableView> summary = ctx.view(kind);
      if (income.isEmpty() || summary.isEmpty()) {
        continue;
      }
      if (!CodeMatch.unitsKnown(ctx, out, summary.get(), income.get())) {
        any = true;
        continue;
      }
      any |= checkSummary(ctx, out, summary.get(), income.get());
    }
    if (!any) {
      out.notApplicable("table-missing");
    }
  }

  private static boolean checkSummary(
      RuleContext ctx, Outcomes out, TableView summary, TableView income) {
    Optional<Integer> side = CodeMatch.uncodedSide(summary);
    Optional<Row> incomeTotal = income.totalRow(0);
    if (side.isEmpty() || incomeTotal.isEmpty()) {
      return false;
    }
    Optional<Column> value =
        summary
            .column(org.gongkai.model.ColumnRole.TOTAL, side.get())
            .or(() -> summary.valueColumns(side.get()).stream().findFirst());
    if (value.isEmpty()) {
      return false;
    }
    boolean any = false;
    for (Line line : IncomeLines.of(ctx, summary, side.get()).lines()) {
      if (line.roles().isEmpty() || line.subtotal()) {
        continue;
      }
      List<Column> columns = CodeMatch.incomeColumns(income, line.roles());
      if (columns.isEmpty()) {
        continue;
      }
      any |=
          CodeMatch.compare(
              ctx,
              out,
              new CodeMatch.Side(income, 0, columns),
              List.of(incomeTotal.get()),
              new CodeMatch.Side(summary, side.get(), List.of(value.get())),
              List.of(line.row()));
    }
    return any;
  }
}
