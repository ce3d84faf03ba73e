package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;

/**
 * A rule of the form "in every row, column A = column B + column C …", for every table side that
 * has the columns. Subclasses say which columns; the sums, blanks and outcomes are handled here.
 */
abstract class ColumnIdentityRule implements Rule {

  /** The total column and its parts on one side, or empty when the side lacks them. */
  record Identity(Column total, List<Column> parts) {}

  abstract Optional<Identity> identity(TableView v, int side);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      for (int side = 0; side < v.sides(); side++) {
        Optional<Identity> id = identity(v, side);
        if (id.isPresent()) {
          any |= checkRows(ctx, out, v, side, id.get());
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static boolean checkRows(
      RuleContext ctx, Outcomes out, TableView v, int side, Identity id) {
    boolean any = false;
    String names = partNames(id);
    for (int i = 0; i < v.rows().size(); i++) {
      RowLabel label = v.label(i, side);
      if (label.isEmpty()) {
        continue;
      }
      Row r = v.rows().get(i);
      CellValue total = ctx.value(v, r, id.total());
      List<CellValue> parts = new ArrayList<>(id.parts().size());
      for (Column c : id.parts()) {
        parts.add(ctx.value(v, r, c));
      }
      Location where = total.location();
      any |= FigureChecks.sum(ctx, out, where, total, parts, names);
    }
    return any;
  }

  private static String partNames(Identity id) {
    StringBuilder sb = new StringBuilder();
    for (Column c : id.parts()) {
      if (sb.length() > 0) {
        sb.append(" + ");
      }
      sb.append(c.header());
    }
    return sb.toString();
  }
}
