package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class SharesMakeUpTheWholeTest {

  private final SharesMakeUpTheWhole rule = new SharesMakeUpTheWhole();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheSharesOfACompleteListMissAHundred() {
    Finding f = assertFires(rule, NarrativeDocs.replacing("占95.67%", "占95.76%").build(), 1).get(0);
    assertThat(f.actual()).isEqualTo("100.09%");
  }
}
