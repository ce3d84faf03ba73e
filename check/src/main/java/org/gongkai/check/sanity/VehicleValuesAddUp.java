package org.gongkai.check.sanity;

import java.util.ArrayList;
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
import org.gongkai.model.Money;
import org.gongkai.model.StateAssets;
import org.gongkai.model.VehicleHolding;

/** The value of the vehicles held = the sum of the values of each kind. */
public final class VehicleValuesAddUp implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-007", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    StateAssets a = ctx.disclosure().assets();
    if (a == null || a.vehicleValue() == null || a.vehicles().isEmpty()) {
      out.notApplicable("not-stated");
      return;
    }
    Location where = Location.document(Part.NARRATIVE, info().title(), a.vehicleValue().source());
    List<Money> values = new ArrayList<>();
    for (VehicleHolding v : a.vehicles()) {
      if (v.value() == null) {
        out.insufficientData(where, "not-stated");
        return;
      }
      values.add(v.value().money());
    }
    FigureChecks.report(out, where, ctx.comparisons().sum(a.vehicleValue().money(), values), "");
  }
}
