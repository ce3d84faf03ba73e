package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.levels;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class Level2UnderItsLevel1Test {

  private final Level2UnderItsLevel1 rule = new Level2UnderItsLevel1();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnACostKindUnderOutput() {
    Disclosure d = withIndicator("政府楼搬迁改造费", "改造会议室个数（个）", levels("产出指标", "经济成本指标"));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.actual()).isEqualTo("经济成本");
  }
}
