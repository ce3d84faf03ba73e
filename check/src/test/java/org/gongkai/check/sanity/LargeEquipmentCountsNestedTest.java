package org.gongkai.check.sanity;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Figure;
import org.junit.jupiter.api.Test;

class LargeEquipmentCountsNestedTest {

  private final LargeEquipmentCountsNested rule = new LargeEquipmentCountsNested();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheLargerClassIsTheSmallerCount() {
    DocBuilder b = TestDisclosures.clean();
    var a = b.assets;
    b.assets =
        new org.gongkai.model.StateAssets(
            a.asOf(),
            a.buildingArea(),
            a.buildingValue(),
            a.vehicleCount(),
            a.vehicleValue(),
            a.vehicles(),
            a.furnitureValue(),
            a.otherAssetsValue(),
            Figure.of(1, "台", null),
            Figure.of(2, "台", null),
            null,
            null);
    assertFires(rule, b.build(), 1);
  }
}
