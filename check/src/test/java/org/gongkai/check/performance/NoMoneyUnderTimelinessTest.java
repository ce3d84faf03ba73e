package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.Finding;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class NoMoneyUnderTimelinessTest {

  private final NoMoneyUnderTimeliness rule = new NoMoneyUnderTimeliness();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAnAmountUnderTimeliness() {
    Disclosure d = withIndicator("业务活动经费项目", "经费支付及时率（%）", as("日常活动经费（万元）", "=36.20 万元"));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }
}
