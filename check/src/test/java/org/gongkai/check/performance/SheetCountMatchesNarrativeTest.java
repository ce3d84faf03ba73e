package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class SheetCountMatchesNarrativeTest {

  private final SheetCountMatchesNarrative rule = new SheetCountMatchesNarrative();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheNarrativeCountsOtherwise() {
    DocBuilder b = TestDisclosures.clean();
    b.narrative.add(DocBuilder.section("四", "预算绩效", "纳入管理的财政拨款项目5个，非财政拨款项目1个。"));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("4");
    assertThat(f.actual()).isEqualTo("5");
  }

  @Test
  void firesWhenTheAmountDiffers() {
    DocBuilder b = TestDisclosures.clean();
    b.narrative.add(DocBuilder.section("四", "预算绩效", "非财政拨款项目1个，涉及金额7.00万元。"));
    assertThat(assertFires(rule, b.build(), 1).get(0).expected()).isEqualTo("4.08 万元");
  }
}
