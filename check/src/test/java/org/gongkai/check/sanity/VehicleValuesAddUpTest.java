package org.gongkai.check.sanity;

import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class VehicleValuesAddUpTest {

  private final VehicleValuesAddUp rule = new VehicleValuesAddUp();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheValuesDoNotAddUp() {
    DocBuilder b = TestDisclosures.clean();
    var a = b.assets;
    b.assets =
        new org.gongkai.model.StateAssets(
            a.asOf(),
            a.buildingArea(),
            a.buildingValue(),
            a.vehicleCount(),
            wan("460.42"),
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
