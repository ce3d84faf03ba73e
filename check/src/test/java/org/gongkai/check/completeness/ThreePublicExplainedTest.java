package org.gongkai.check.completeness;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ThreePublicExplainedTest {

  private final ThreePublicExplained rule = new ThreePublicExplained();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenNeitherStatedNorMentioned() {
    DocBuilder b = TestDisclosures.clean();
    b.threePublic = null;
    b.narrative.clear();
    b.narrative.add(DocBuilder.section("一", "总体情况", "本单位收支预算1,889.38万元。"));
    assertFires(rule, b.build(), 1);
  }

  @Test
  void aNarrativeHeadingIsEnough() {
    DocBuilder b = TestDisclosures.clean();
    b.threePublic = null;
    assertSilent(rule, b.build());
  }
}
