package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class CostIndicatorsAddUpToFundsTest {

  private final CostIndicatorsAddUpToFunds rule = new CostIndicatorsAddUpToFunds();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWhenTheAmountsDoNotMakeTheFunds() {
    Disclosure d = withIndicator("业务活动经费项目", "平台运维费（万元）", as("平台运维费（万元）", "=5 万元"));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.expected()).isEqualTo("48.20 万元");
  }

  @Test
  void aRateWithoutItsCountCannotBeChecked() {
    Disclosure d = withIndicator("业务活动经费项目", "平台运维费（万元）", as("专网租赁费（万元）", "=0.15 万元/月"));
    Report r = RuleHarness.run(rule, d);
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage().get(0).insufficientData()).isEqualTo(1);
  }

  @Test
  void aRateTimesItsOneCountIsAnAmount() {
    Disclosure d = withIndicator("机场设施租赁费", "贵宾厅使用人数（人）", as("贵宾厅使用人数（人）", ">=3000 人"));
    assertThat(assertFires(rule, d, 1).get(0).expected()).isEqualTo("90.00 万元");
  }
}
