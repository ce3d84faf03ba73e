package org.gongkai.check.table;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.ProjectRows;
import org.gongkai.model.Table;

/**
 * A classification code is printed on one row per table side (project rows, which repeat their
 * code, excepted): a second row with the same code double-counts or mislabels an amount.
 */
public final class CodePrintedOnce implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-015", RuleFamily.TABLE, Severity.WARNING).build();

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
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < v.rows().size(); i++) {
          String code = v.label(i, side).code();
          if (code.isEmpty() || (side == 0 && ProjectRows.isProjectRow(v, v.rows().get(i)))) {
            continue;
          }
          any = true;
          Integer earlier = first.putIfAbsent(code, i);
          Location where = Location.of(v, v.rows().get(i), side);
          if (earlier == null) {
            out.pass(where);
          } else {
            out.fail(where, "", "", code, earlier + 1);
          }
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }
}
