package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class NarrativeClassPathMatchesTableTest {

  private final NarrativeClassPathMatchesTable rule = new NarrativeClassPathMatchesTable();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheClassIsWrittenUnderAnotherParent() {
    assertFires(rule, NarrativeDocs.replacing("行政事业单位养老支出（款）", "就业补助（款）").build(), 1);
  }
}
