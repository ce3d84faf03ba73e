package org.gongkai.check.completeness;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ThreePublicChangeExplainedTest {

  private final ThreePublicChangeExplained rule = new ThreePublicChangeExplained();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWithoutAReason() {
    DocBuilder b = TestDisclosures.clean();
    b.narrative.set(1, DocBuilder.section("二", "财政拨款“三公”经费预算情况说明", "本年度“三公”经费预算0.00万元。"));
    assertFires(rule, b.build(), 1);
  }
}
