package org.gongkai.check.cross;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.ThreePublicRows;
import org.gongkai.check.view.ThreePublicRows.Item;
import org.gongkai.model.Amount;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;
import org.gongkai.model.ThreePublicExpenses;

/**
 * Each 三公 item stated in the narrative = the same item in the 三公经费 table (its 合计 column). A table
 * published empty stands for zeros.
 */
public final class ThreePublicTableMatchesNarrative implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-016", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(TableKind.THREE_PUBLIC_EXPENSES)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    ThreePublicExpenses stated = ctx.disclosure().threePublic();
    Optional<TableView> table = ctx.view(TableKind.THREE_PUBLIC_EXPENSES);
    if (stated == null || table.isEmpty()) {
      out.notApplicable("table-missing");
      return;
    }
    TableView v = table.get();
    Optional<Column> column =
        v.column(ColumnRole.TOTAL, 0).or(() -> v.valueColumns(0).stream().findFirst());
    if (column.isEmpty()) {
      out.notApplicable("column-missing");
      return;
    }
    if (ctx.unit(v.table()).isEmpty()) {
      out.insufficientData(Location.of(v.table()), "table-unit-unknown");
      return;
    }
    ThreePublicRows rows = ThreePublicRows.of(v);
    boolean any = false;
    for (Map.Entry<Item, Amount> e : statedItems(stated).entrySet()) {
      Optional<Row> row = rows.row(e.getKey());
      if (row.isEmpty()) {
        continue;
      }
      CellValue cell = ctx.value(v, row.get(), column.get());
      Amount a = e.getValue();
      CellValue narrative = new CellValue(CellValue.State.NUMBER, a.money(), null, cell.location());
      any |=
          FigureChecks.sums(
              ctx,
              out,
              cell.location(),
              List.of(narrative),
              List.of(cell),
              Messages.format("location.source", a.source().toString()));
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static Map<Item, Amount> statedItems(ThreePublicExpenses s) {
    Map<Item, Amount> m = new EnumMap<>(Item.class);
    put(m, Item.TOTAL, s.total());
    put(m, Item.OVERSEAS_TRAVEL, s.overseasTravel());
    put(m, Item.RECEPTION, s.reception());
    put(m, Item.VEHICLES, s.vehicles());
    put(m, Item.VEHICLE_PURCHASE, s.vehiclePurchase());
    put(m, Item.VEHICLE_OPERATION, s.vehicleOperation());
    return m;
  }

  private static void put(Map<Item, Amount> m, Item item, Amount a) {
    if (a != null) {
      m.put(item, a);
    }
  }
}
