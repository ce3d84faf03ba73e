package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.weight;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class WeightsSumToTotalTest {

  private final WeightsSumToTotal rule = new WeightsSumToTotal();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheWeightsDoNotAddUp() {
    Disclosure d = withIndicator("业务活动经费项目", "信息准确率（%）", weight(15));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.expected()).isEqualTo("90");
    assertThat(f.actual()).isEqualTo("95");
  }

  @Test
  void theProfileSetsTheTotal() {
    var profile =
        new org.gongkai.check.CheckProfile(
            java.util.Map.of(),
            List.of(),
            org.gongkai.model.Money.yuan("0"),
            100,
            200,
            java.util.Map.of());
    Report r =
        RuleHarness.run(
            rule,
            TestDisclosures.clean().build(),
            org.gongkai.check.TestCatalogue.partial2024(),
            profile);
    assertThat(r.findings()).hasSize(5).allMatch(f -> f.expected().equals("100"));
  }
}
