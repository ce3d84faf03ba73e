package org.gongkai.check.text;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DuplicateParagraphTest {

  private final DuplicateParagraph rule = new DuplicateParagraph();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void noticesAParagraphPrintedTwice() {
    String p = "本单位2024年全部收入和支出均编入预算，收支总预算1,889.38万元。";
    assertFires(rule, twice(p), 1);
  }

  private static org.gongkai.model.Disclosure twice(String p) {
    var b = NarrativeDocs.clean();
    var s =
        NarrativeDocs.section("十二", "其他说明", p + "以上情况特此说明，敬请各方面监督指正。", p + "以上情况特此说明，敬请各方面监督指正。");
    b.narrative.add(s);
    return NarrativeDocs.reparse(b).build();
  }
}
