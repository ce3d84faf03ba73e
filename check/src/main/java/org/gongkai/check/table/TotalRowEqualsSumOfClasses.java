package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.CodeRows;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** In every value column of a coded table side: the 合计 row = the sum of its top-level (类) rows. */
public final class TotalRowEqualsSumOfClasses implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-013", RuleFamily.TABLE, Severity.ERROR).build();

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
        Optional<Row> total = v.totalRow(side);
        if (total.isPresent() && v.hasCodes(side)) {
          any |= checkSide(ctx, out, v, side, total.get());
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static boolean checkSide(
      RuleContext ctx, Outcomes out, TableView v, int side, Row totalRow) {
    CodeRows codes = CodeRows.of(ctx, v, side);
    List<String> top = codes.ofLength(codes.topLength());
    boolean any = false;
    for (Column c : v.valueColumns(side)) {
      CellValue total = ctx.value(v, totalRow, c);
      List<CellValue> parts = new ArrayList<>();
      for (String code : top) {
        for (Row r : codes.rows(code)) {
          parts.add(ctx.value(v, r, c));
        }
      }
      any |= FigureChecks.sum(ctx, out, total.location(), total, parts, top.size());
    }
    return any;
  }
}
