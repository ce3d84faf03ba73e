package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class PercentTargetWithinHundredTest {

  private final PercentTargetWithinHundred rule = new PercentTargetWithinHundred();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAShareAboveAHundred() {
    assertFires(rule, withIndicator("机场设施租赁费", "资金支付及时率（%）", as("资金支付及时率（%）", "=120%")), 1);
  }

  @Test
  void growthMayExceedAHundred() {
    assertThat(
            RuleHarness.run(rule, withIndicator("机场设施租赁费", "资金支付及时率（%）", as("游客增长率（%）", ">=120%")))
                .findings())
        .isEmpty();
  }
}
