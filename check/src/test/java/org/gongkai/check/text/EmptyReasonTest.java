package org.gongkai.check.text;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class EmptyReasonTest {

  private final EmptyReason rule = new EmptyReason();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenNothingFollowsTheReason() {
    assertFires(rule, NarrativeDocs.replacing("主要原因是人员经费标准调整；", "主要原因是：；").build(), 1);
  }

  @Test
  void aReasonContinuedOnTheNextLineIsNotEmpty() {
    assertSilent(rule, NarrativeDocs.replacing("主要原因是人员经费标准调整；", "主要原因是").build());
  }
}
