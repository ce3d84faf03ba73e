package org.gongkai.check.sanity;

import java.util.Arrays;
import java.util.List;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Amount;
import org.gongkai.model.Procurement;

/** 政府采购预算 = 货物 + 工程 + 服务. */
public final class ProcurementTotalEqualsKinds implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-003", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Procurement p = ctx.disclosure().procurement();
    if (p == null || p.total() == null) {
      out.notApplicable("not-stated");
      return;
    }
    Location where = Location.document(Part.NARRATIVE, info().title(), p.total().source());
    List<Amount> kinds = Arrays.asList(p.goods(), p.works(), p.services());
    if (kinds.stream().allMatch(k -> k == null)) {
      out.notApplicable("not-stated");
      return;
    }
    if (!Stated.all(kinds)) {
      out.insufficientData(where, "not-stated");
      return;
    }
    FigureChecks.report(
        out,
        where,
        ctx.comparisons().sum(p.total().money(), kinds.stream().map(Amount::money).toList()),
        "");
  }
}
