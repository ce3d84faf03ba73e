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
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * Basic expenditure by economic classification is shown to 款 (财预〔2016〕143号): every economic 类
 * printed has its 款 rows.
 */
public final class EconomicShownToSection implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-004", RuleFamily.COMPLETENESS, Severity.ERROR).build();

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
        CodeRows codes = CodeRows.of(ctx, v, side);
        for (String code : codes.ofLength(3)) {
          if (!CodeRows.isEconomic(code)) {
            continue;
          }
          any = true;
          Row r = codes.rows(code).get(0);
          Location where = Location.of(v, r, side).inPart(Part.COMPLETENESS);
          if (!codes.children(code, 5).isEmpty()) {
            out.pass(where);
          } else {
            out.fail(where, "", "", code);
          }
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }
}
