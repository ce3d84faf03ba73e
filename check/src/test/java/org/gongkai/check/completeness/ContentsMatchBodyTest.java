package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class ContentsMatchBodyTest {

  private final ContentsMatchBody rule = new ContentsMatchBody();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWhenATableIsListedUnderAnotherTitle() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        4,
        t ->
            new Table(
                t.number(),
                t.kind(),
                "财政拨款收支预算总体情况表",
                t.unit(),
                t.preparer(),
                t.columns(),
                t.rows(),
                t.notes(),
                t.source()));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("财政拨款收支预算总体情况表");
    assertThat(f.actual()).isEqualTo("财政拨款收支总体情况表");
  }

  @Test
  void warnsWhenASectionIsHeadedOtherwise() {
    DocBuilder b = TestDisclosures.clean();
    var s = b.narrative.get(0);
    b.narrative.set(
        0,
        new org.gongkai.model.NarrativeSection(
            s.label(), "收支总体情况", 1, s.paragraphs(), s.subsections(), s.source()));
    b.narrative.add(DocBuilder.section("四", "另一节", "无。"));
    assertFires(rule, b.build(), 1);
  }
}
