package org.gongkai.check.completeness;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.CodeRows;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * Expenditure by functional classification is shown to 项 (财预〔2016〕143号): in a table that prints 项
 * codes, every 类 has its 款 and every 款 its 项.
 */
public final class FunctionalShownToItem implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-003", RuleFamily.COMPLETENESS, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      for (int side = 0; side < v.sides(); side++) {
        if (isItemLevel(v, side)) {
          any |= checkSide(ctx, out, v, side);
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static boolean isItemLevel(TableView v, int side) {
    return v.column(ColumnRole.CODE_ITEM, side).isPresent()
        || !v.rowsWithCodeLength(side, 7).isEmpty();
  }

  private static boolean checkSide(RuleContext ctx, Outcomes out, TableView v, int side) {
    CodeRows codes = CodeRows.of(ctx, v, side);
    boolean any = false;
    for (String code : codes.codes()) {
      if (!CodeRows.isFunctional(code) || code.length() == 7) {
        continue;
      }
      any = true;
      Row r = codes.rows(code).get(0);
      Location where = Location.of(v, r, side).inPart(Part.COMPLETENESS);
      if (!codes.children(code, code.length() + 2).isEmpty()) {
        out.pass(where);
      } else {
        out.fail(where, "", "", code, code.length() == 3 ? "款" : "项");
      }
    }
    return any;
  }
}
