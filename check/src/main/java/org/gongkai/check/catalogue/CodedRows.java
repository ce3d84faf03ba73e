package org.gongkai.check.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.ProjectRows;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;

/** Every coded row of every table side, with its label; the catalogue rules' common input. */
final class CodedRows {

  /**
   * One coded row.
   *
   * @param view its table
   * @param row the row
   * @param side the side whose stub labels it
   * @param label code and name
   * @param nameIsProject true when the row has no subject name and its label is the project's name
   */
  record Coded(TableView view, Row row, int side, RowLabel label, boolean nameIsProject) {}

  private CodedRows() {}

  private record Key(String name) {}

  /** Every coded row of every table, computed once per run and filtered. */
  static List<Coded> of(RuleContext ctx, Predicate<String> codes) {
    List<Coded> all = ctx.memo(new Key("coded-rows"), () -> all(ctx));
    List<Coded> out = new ArrayList<>(all.size());
    for (Coded c : all) {
      if (codes.test(c.label().code())) {
        out.add(c);
      }
    }
    return out;
  }

  private static List<Coded> all(RuleContext ctx) {
    Predicate<String> codes = c -> true;
    List<Coded> out = new ArrayList<>();
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      for (int side = 0; side < v.sides(); side++) {
        for (int i = 0; i < v.rows().size(); i++) {
          RowLabel label = v.label(i, side);
          if (label.hasCode() && codes.test(label.code())) {
            Row r = v.rows().get(i);
            out.add(new Coded(v, r, side, label, nameIsProject(v, r, side, label)));
          }
        }
      }
    }
    return out;
  }

  private static boolean nameIsProject(TableView v, Row r, int side, RowLabel label) {
    if (side != 0 || !ProjectRows.isProjectRow(v, r)) {
      return false;
    }
    Column name = v.column(ColumnRole.NAME, 0).orElse(null);
    return name == null || TableView.compact(r.cell(name.index()).printed()).isEmpty();
  }
}
