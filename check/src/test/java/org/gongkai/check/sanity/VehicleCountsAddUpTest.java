package org.gongkai.check.sanity;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Figure;
import org.junit.jupiter.api.Test;

class VehicleCountsAddUpTest {

  private final VehicleCountsAddUp rule = new VehicleCountsAddUp();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheKindsDoNotAddUp() {
    DocBuilder b = TestDisclosures.clean();
    var a = b.assets;
    b.assets =
        new org.gongkai.model.StateAssets(
            a.asOf(),
            a.buildingArea(),
            a.buildingValue(),
            Figure.of(12, "辆", null),
            a.vehicleValue(),
            a.vehicles(),
            a.furnitureValue(),
            a.otherAssetsValue(),
            a.equipmentOver50(),
            a.equipmentOver100(),
            null,
            null);
    assertFires(rule, b.build(), 1);
  }
}
