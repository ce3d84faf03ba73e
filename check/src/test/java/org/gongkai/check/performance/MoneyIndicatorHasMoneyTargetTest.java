package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class MoneyIndicatorHasMoneyTargetTest {

  private final MoneyIndicatorHasMoneyTarget rule = new MoneyIndicatorHasMoneyTarget();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAMoneyIndicatorWithoutAnAmount() {
    Disclosure d = withIndicator("政府楼搬迁改造费", "会议室维护费（万元）", as("会议室维护费（万元）", "有效保障"));
    assertFires(rule, d, 1);
  }

  @Test
  void firesOnACountIndicatorWithAnAmount() {
    Disclosure d = withIndicator("政府楼搬迁改造费", "改造会议室个数（个）", as("改造会议室个数（个）", "=2 万元"));
    assertFires(rule, d, 1);
  }

  @Test
  void aMoneyRateIsAMoneyTarget() {
    Disclosure d = withIndicator("政府楼搬迁改造费", "会议室维护费（万元）", as("会议室维护费（万元）", "=0.15 万元/月"));
    assertThat(RuleHarness.run(rule, d).findings()).isEmpty();
  }
}
