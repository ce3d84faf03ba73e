package org.gongkai.check.catalogue;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.CodeRows;
import org.gongkai.model.Table;

/**
 * A printed code has a valid shape: functional codes 3, 5 or 7 digits (类/款/项), economic codes 3 or
 * 5 (类/款).
 */
public final class CodeWellFormed implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-007", RuleFamily.CATALOGUE, Severity.ERROR).build();

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
        for (int i = 0; i < v.rows().size(); i++) {
          String code = v.label(i, side).code();
          if (code.isEmpty()) {
            continue;
          }
          any = true;
          Location where = Location.of(v, v.rows().get(i), side);
          int len = code.length();
          boolean ok =
              CodeRows.isEconomic(code) ? len == 3 || len == 5 : len == 3 || len == 5 || len == 7;
          if (ok) {
            out.pass(where);
          } else {
            out.fail(where, "", code, code, len);
          }
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }
}
