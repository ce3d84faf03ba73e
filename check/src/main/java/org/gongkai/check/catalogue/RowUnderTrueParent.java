package org.gongkai.check.catalogue;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Table;

/**
 * A 款 or 项 row sits under its true parent: the nearest class (款) row printed above it is the one
 * its code begins with. A parent is derived from the code, never typed in.
 */
public final class RowUnderTrueParent implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-005", RuleFamily.CATALOGUE, Severity.ERROR).build();

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
        any |= checkSide(out, v, side);
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static boolean checkSide(Outcomes out, TableView v, int side) {
    String[] last = new String[8];
    boolean any = false;
    for (int i = 0; i < v.rows().size(); i++) {
      String code = v.label(i, side).code();
      int len = code.length();
      if (len != 3 && len != 5 && len != 7) {
        continue;
      }
      String parent = len == 3 ? null : last[len - 2];
      if (parent != null) {
        any = true;
        Location where = Location.of(v, v.rows().get(i), side);
        if (code.startsWith(parent)) {
          out.pass(where);
        } else {
          out.fail(where, code.substring(0, len - 2), parent, code);
        }
      }
      last[len] = code;
      for (int deeper = len + 2; deeper < last.length; deeper += 2) {
        last[deeper] = null;
      }
    }
    return any;
  }
}
