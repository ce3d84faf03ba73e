package org.gongkai.check.sanity;

import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class AssetFiguresNotNegativeTest {

  private final AssetFiguresNotNegative rule = new AssetFiguresNotNegative();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnANegativeValue() {
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
            wan("-26.83"),
            a.otherAssetsValue(),
            a.equipmentOver50(),
            a.equipmentOver100(),
            null,
            null);
    assertFires(rule, b.build(), 1);
  }
}
