package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class SheetYearIsDocumentYearTest {

  private final SheetYearIsDocumentYear rule = new SheetYearIsDocumentYear();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAnotherYear() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet(
        "机场设施租赁费",
        s ->
            new org.gongkai.model.PerformanceTargets(
                2023,
                s.unit(),
                s.project(),
                s.manager(),
                s.fundsTotal(),
                s.fundsFiscal(),
                s.fundsOther(),
                s.overallGoal(),
                s.indicators(),
                s.source()));
    assertThat(assertFires(rule, b.build(), 1).get(0).actual()).isEqualTo("2023");
  }
}
