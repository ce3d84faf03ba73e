package org.gongkai.check.performance;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.weight;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class IndicatorHasPositiveWeightTest {

  private final IndicatorHasPositiveWeight rule = new IndicatorHasPositiveWeight();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAZeroWeight() {
    assertFires(rule, withIndicator("机场设施租赁费", "资金支付及时率（%）", weight(0)), 1);
  }
}
