package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class VehicleSubtotalEqualsPurchasePlusOperationTest {

  private final VehicleSubtotalEqualsPurchasePlusOperation rule =
      new VehicleSubtotalEqualsPurchasePlusOperation();

  @Test
  void silentOnAFilledConsistentTable() {
    var b = TestDisclosures.clean();
    b.table(
        10, t -> TestDisclosures.threePublicTable("10.00", "2.00", "3.00", "5.00", "1.00", "4.00"));
    assertSilent(rule, b.build());
  }

  @Test
  void firesWhenTheVehicleSubtotalIsNotPurchasePlusOperation() {
    var b = TestDisclosures.clean();
    b.table(
        10, t -> TestDisclosures.threePublicTable("10.00", "2.00", "3.00", "5.00", "1.00", "3.00"));
    List<Finding> f = assertFires(rule, b.build(), 2);
    assertThat(f.get(0).location().rowName()).contains("公务用车");
  }
}
