package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ImpliedLastYearNotNegativeTest {

  private final ImpliedLastYearNotNegative rule = new ImpliedLastYearNotNegative();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheIncreaseExceedsThisYear() {
    assertFires(rule, NarrativeDocs.replacing("增加6.71万元，增长11.18%", "增加76.71万元").build(), 1);
  }
}
