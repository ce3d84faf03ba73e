package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class GoalAmountsMatchHeaderTest {

  private final GoalAmountsMatchHeader rule = new GoalAmountsMatchHeader();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnceWhenTheGoalStatesOtherAmountsThanTheHeader() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet(
        "群众工作经费项目",
        s -> DocBuilder.withFunds(s, "4.08", "0", "4.08", "项目资金7万元，其中财政资金7万元，其他资金0万元，用于开展群众活动。"));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.actual()).contains("资金总额 7 万元").contains("财政资金 7 万元").contains("其他资金 0 万元");
    assertThat(f.expected()).contains("资金总额 4.08 万元");
  }

  @Test
  void aWholeNumberInTheGoalStandsForItsRoundedRange() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet("业务活动经费项目", s -> DocBuilder.withFunds(s, "50.00", "50.00", "0.00", "项目总投资50万元。"));
    assertThat(RuleHarness.run(rule, b.build()).findings()).isEmpty();
  }
}
