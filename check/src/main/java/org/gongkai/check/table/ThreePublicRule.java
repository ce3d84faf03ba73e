package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.ThreePublicRows;
import org.gongkai.check.view.ThreePublicRows.Item;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;

/** "In every value column of the 三公 table, item row = the sum of item rows". */
abstract class ThreePublicRule implements Rule {

  private final Item total;
  private final List<Item> parts;

  ThreePublicRule(Item total, List<Item> parts) {
    this.total = total;
    this.parts = List.copyOf(parts);
  }

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    Optional<TableView> table = ctx.view(TableKind.THREE_PUBLIC_EXPENSES);
    if (table.isEmpty()) {
      out.notApplicable("table-missing");
      return;
    }
    TableView v = table.get();
    ThreePublicRows rows = ThreePublicRows.of(v);
    Optional<Row> totalRow = rows.row(total);
    List<Row> partRows = new ArrayList<>();
    for (Item p : parts) {
      rows.row(p).ifPresent(partRows::add);
    }
    if (totalRow.isEmpty() || partRows.size() != parts.size()) {
      out.notApplicable("row-missing");
      return;
    }
    boolean any = false;
    for (Column c : v.valueColumns(0)) {
      CellValue t = ctx.value(v, totalRow.get(), c);
      List<CellValue> values = new ArrayList<>();
      for (Row r : partRows) {
        values.add(ctx.value(v, r, c));
      }
      any |= FigureChecks.sum(ctx, out, t.location(), t, values, parts.size());
    }
    if (!any) {
      out.notApplicable("table-empty");
    }
  }
}
