package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class SheetHasCoreKindsTest {

  private final SheetHasCoreKinds rule = new SheetHasCoreKinds();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWhenSatisfactionIsMissing() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet(
        "机场设施租赁费",
        s -> DocBuilder.withIndicators(s, s.indicators().subList(0, s.indicators().size() - 1)));
    assertThat(assertFires(rule, b.build(), 1).get(0).message()).contains("满意度指标");
  }
}
