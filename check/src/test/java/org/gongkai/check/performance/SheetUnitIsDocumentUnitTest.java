package org.gongkai.check.performance;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class SheetUnitIsDocumentUnitTest {

  private final SheetUnitIsDocumentUnit rule = new SheetUnitIsDocumentUnit();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAnotherUnitsSheet() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet(
        "机场设施租赁费",
        s ->
            new org.gongkai.model.PerformanceTargets(
                s.year(),
                "另一个单位",
                s.project(),
                s.manager(),
                s.fundsTotal(),
                s.fundsFiscal(),
                s.fundsOther(),
                s.overallGoal(),
                s.indicators(),
                s.source()));
    assertFires(rule, b.build(), 1);
  }
}
