package org.gongkai.check.sanity;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Figure;
import org.gongkai.model.StateAssets;
import org.gongkai.model.VehicleHolding;

/** The vehicles held = the sum of the vehicles of each kind (一般公务用车, 执法执勤用车, 其他车辆 …). */
public final class VehicleCountsAddUp implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-006", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    StateAssets a = ctx.disclosure().assets();
    if (a == null || a.vehicleCount() == null || a.vehicles().isEmpty()) {
      out.notApplicable("not-stated");
      return;
    }
    Location where = Location.document(Part.NARRATIVE, info().title(), a.vehicleCount().source());
    List<Figure> counts = new ArrayList<>();
    for (VehicleHolding v : a.vehicles()) {
      counts.add(v.count());
    }
    if (!Stated.all(counts)) {
      out.insufficientData(where, "not-stated");
      return;
    }
    var sum = Stated.sum(counts);
    if (sum.compareTo(a.vehicleCount().value()) == 0) {
      out.pass(where);
    } else {
      out.fail(where, Stated.plain(sum), Stated.plain(a.vehicleCount().value()));
    }
  }
}
