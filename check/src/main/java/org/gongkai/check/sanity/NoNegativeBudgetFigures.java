package org.gongkai.check.sanity;

import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * A budget allocates no negative amounts: a negative figure in a budget table is a sign error (or a
 * correction that belongs in the notes).
 */
public final class NoNegativeBudgetFigures implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-011", RuleFamily.SANITY, Severity.WARNING)
          .appliesTo(DisclosureKind.BUDGET)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      Location table = Location.of(t);
      for (Row r : t.rows()) {
        for (Column c : t.columns()) {
          if (c.role().isStub()) {
            continue;
          }
          Cell cell = r.cell(c.index());
          if (!cell.isNumber()) {
            continue;
          }
          any = true;
          if (cell.number().signum() < 0) {
            out.fail(Location.of(v, r, c), "", cell.printed());
          } else {
            out.pass(table);
          }
        }
      }
    }
    if (!any) {
      out.notApplicable("table-missing");
    }
  }
}
