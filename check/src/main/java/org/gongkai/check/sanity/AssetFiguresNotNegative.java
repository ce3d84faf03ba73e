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
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;
import org.gongkai.model.StateAssets;
import org.gongkai.model.VehicleHolding;

/** Assets held are never negative: areas, counts and values. */
public final class AssetFiguresNotNegative implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("SAN-008", RuleFamily.SANITY, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    StateAssets a = ctx.disclosure().assets();
    if (a == null) {
      out.notApplicable("not-stated");
      return;
    }
    List<Object> figures = new ArrayList<>(List.of());
    java.util.Collections.addAll(
        figures,
        a.buildingArea(),
        a.buildingValue(),
        a.vehicleCount(),
        a.vehicleValue(),
        a.furnitureValue(),
        a.otherAssetsValue(),
        a.equipmentOver50(),
        a.equipmentOver100());
    for (VehicleHolding v : a.vehicles()) {
      figures.add(v.count());
      figures.add(v.value());
    }
    for (Object f : figures) {
      if (f instanceof Amount amount) {
        report(out, amount.money().signum(), amount.printed(), amount.source());
      } else if (f instanceof Figure figure) {
        report(out, figure.value().signum(), figure.value().toPlainString(), figure.source());
      }
    }
  }

  private void report(Outcomes out, int sign, String printed, org.gongkai.model.SourceRef src) {
    Location where = Location.document(Part.NARRATIVE, info().title(), src);
    if (sign >= 0) {
      out.pass(where);
    } else {
      out.fail(where, "", printed);
    }
  }
}
