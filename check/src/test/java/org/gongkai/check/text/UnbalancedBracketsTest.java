package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class UnbalancedBracketsTest {

  private final UnbalancedBrackets rule = new UnbalancedBrackets();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAStrayClosingQuoteAndAnUnclosedBracket() {
    assertFires(rule, NarrativeDocs.replacing("收支总预算1,889.38万元。", "收支总预算1,889.38万元。”").build(), 1);
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("收支总预算1,889.38万元。", "收支总预算（含结转1,889.38万元。").build(),
                1)
            .get(0);
    assertThat(f.expected()).isEqualTo("）");
  }

  @Test
  void mixedWidthPairsAndListNumbersAreFine() {
    assertSilent(
        rule,
        NarrativeDocs.replacing(
                "本单位2024年全部收入和支出均编入预算，收支总预算1,889.38万元。",
                "1）本单位2024年全部收入和支出均编入预算，收支总预算（含结转)1,889.38万元。")
            .build());
  }
}
