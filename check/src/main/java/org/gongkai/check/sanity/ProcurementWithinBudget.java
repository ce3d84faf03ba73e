package org.gongkai.check.sanity;

import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Procurement;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;

/** The procurement budget does not exceed the unit's whole expenditure budget. */
public final class ProcurementWithinBudget implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-012", RuleFamily.SANITY, Severity.ERROR)
          .tables(TableKind.EXPENDITURE_SUMMARY)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Procurement p = ctx.disclosure().procurement();
    Optional<TableView> spending = ctx.view(TableKind.EXPENDITURE_SUMMARY);
    Optional<Column> total = spending.flatMap(v -> v.column(ColumnRole.TOTAL, 0));
    Optional<Row> row = spending.flatMap(v -> v.totalRow(0));
    if (p == null
        || p.total() == null
        || total.isEmpty()
        || row.isEmpty()
        || ctx.unit(spending.get().table()).isEmpty()) {
      out.notApplicable("not-stated");
      return;
    }
    CellValue budget = ctx.value(spending.get(), row.get(), total.get());
    Location where = Location.document(Part.NARRATIVE, info().title(), p.total().source());
    if (!budget.isNumber()) {
      out.insufficientData(where, "blank-total");
      return;
    }
    NotAboveRule.check(ctx, out, where, p.total(), new Amount(budget.money(), null, null));
  }
}
