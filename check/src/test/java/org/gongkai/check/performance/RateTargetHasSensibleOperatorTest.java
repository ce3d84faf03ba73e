package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.Finding;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class RateTargetHasSensibleOperatorTest {

  private final RateTargetHasSensibleOperator rule = new RateTargetHasSensibleOperator();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAFailureRateSetEqualToANonZeroValue() {
    Disclosure d = withIndicator("业务活动经费项目", "信息准确率（%）", as("系统故障率（%）", "=5%"));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.message()).contains("=5%");
  }

  @Test
  void warnsOnAFailureRateAsAFloor() {
    assertFires(rule, withIndicator("业务活动经费项目", "信息准确率（%）", as("系统故障率（%）", ">=5%")), 1);
  }

  @Test
  void warnsOnAPassRateAsACap() {
    assertFires(rule, withIndicator("业务活动经费项目", "信息准确率（%）", as("验收合格率（%）", "<=90%")), 1);
  }

  @Test
  void aZeroAccidentTargetIsSensible() {
    assertThat(
            RuleHarness.run(rule, withIndicator("业务活动经费项目", "信息准确率（%）", as("事故发生率（%）", "=0%")))
                .findings())
        .isEmpty();
  }
}
