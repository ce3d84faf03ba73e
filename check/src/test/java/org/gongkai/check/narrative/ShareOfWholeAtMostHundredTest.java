package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ShareOfWholeAtMostHundredTest {

  private final ShareOfWholeAtMostHundred rule = new ShareOfWholeAtMostHundred();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAShareAboveAHundred() {
    assertFires(rule, NarrativeDocs.replacing("占2.10%", "占210.00%").build(), 1);
  }
}
