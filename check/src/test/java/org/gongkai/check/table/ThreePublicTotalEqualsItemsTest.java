package org.gongkai.check.table;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ThreePublicTotalEqualsItemsTest {

  private final ThreePublicTotalEqualsItems rule = new ThreePublicTotalEqualsItems();

  @Test
  void silentOnAFilledConsistentTable() {
    var b = TestDisclosures.clean();
    b.table(
        10, t -> TestDisclosures.threePublicTable("10.00", "2.00", "3.00", "5.00", "1.00", "4.00"));
    assertSilent(rule, b.build());
  }

  @Test
  void firesWhenTheTotalIsNotTheItems() {
    var b = TestDisclosures.clean();
    b.table(
        10, t -> TestDisclosures.threePublicTable("12.00", "2.00", "3.00", "5.00", "1.00", "4.00"));
    assertFires(rule, b.build(), 2);
  }

  @Test
  void anEmptyDeclaredTableIsNotApplicable() {
    assertNotApplicable(rule, TestDisclosures.clean().build());
  }
}
