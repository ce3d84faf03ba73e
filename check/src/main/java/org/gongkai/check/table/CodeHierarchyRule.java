package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.CodeRows;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * A rule of the form "a row of code length p = the sum of the rows of length c under it", in every
 * value column of every table side whose codes belong to the classification the subclass names. A
 * parent printed without children is not examined (completeness rules report that).
 */
abstract class CodeHierarchyRule implements Rule {

  private final int parentLength;
  private final int childLength;

  CodeHierarchyRule(int parentLength, int childLength) {
    this.parentLength = parentLength;
    this.childLength = childLength;
  }

  /** True for codes of the classification this rule is about. */
  abstract boolean covers(String code);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      for (int side = 0; side < v.sides(); side++) {
        if (v.hasCodes(side)) {
          any |= checkSide(ctx, out, v, side);
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side) {
    CodeRows codes = CodeRows.of(ctx, v, side);
    boolean any = false;
    for (String parent : codes.ofLength(parentLength)) {
      List<String> children = codes.children(parent, childLength);
      if (!covers(parent) || children.isEmpty()) {
        continue;
      }
      Row parentRow = codes.rows(parent).get(0);
      for (Column c : v.valueColumns(side)) {
        CellValue total = ctx.value(v, parentRow, c);
        List<CellValue> parts = new ArrayList<>();
        for (String child : children) {
          for (Row r : codes.rows(child)) {
            parts.add(ctx.value(v, r, c));
          }
        }
        any |= FigureChecks.sum(ctx, out, total.location(), total, parts, children.size());
      }
    }
    return any;
  }
}
