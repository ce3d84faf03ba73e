package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ShareMatchesStatedAmountsTest {

  private final ShareMatchesStatedAmounts rule = new ShareMatchesStatedAmounts();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheShareIsNotThePartOverTheStatedWhole() {
    Finding f = assertFires(rule, NarrativeDocs.replacing("占2.23%", "占2.32%").build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("2.23%");
  }

  @Test
  void readsACompletionRateAgainstTheOriginalBudget() {
    var doc =
        NarrativeDocs.replacing(
            "2024年财政拨款收支总预算1,807.53万元。",
            "一般公共预算财政拨款支出年初预算为1,900.00万元，支出决算为1,807.53万元，完成年初预算的96.13%。");
    assertFires(rule, doc.build(), 1);
  }
}
