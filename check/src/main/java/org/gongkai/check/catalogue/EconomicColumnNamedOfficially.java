package org.gongkai.check.catalogue;

import org.gongkai.check.CodeLookup;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.Names;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Table;

/** A column that stands for an economic class (项目支出表's 工资福利支出 …) is headed by its official name. */
public final class EconomicColumnNamedOfficially implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-008", RuleFamily.CATALOGUE, Severity.WARNING)
          .roles(ColumnRole.ECONOMIC_CLASS)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      for (Column c : t.columns(ColumnRole.ECONOMIC_CLASS)) {
        if (c.qualifier().isEmpty()) {
          continue;
        }
        CodeLookup l = ctx.catalogue().economic(ctx.year(), c.qualifier());
        if (l.status() != CodeLookup.Status.KNOWN) {
          continue;
        }
        any = true;
        Location where = Location.of(t).withColumn(c.header());
        if (Names.same(c.header(), l.officialName())) {
          out.pass(where);
        } else {
          out.fail(where, l.officialName(), c.header(), c.qualifier());
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }
}
