package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ListedItemHasFiguresTest {

  private final ListedItemHasFigures rule = new ListedItemHasFigures();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAListedItemWithoutFigures() {
    assertFires(rule, NarrativeDocs.replacing("、社会保障和就业支出。", "、社会保障和就业支出、教育支出。").build(), 1);
    assertFires(rule, NarrativeDocs.replacing("主要包括：基本工资、", "主要包括：基本工资、办公费、").build(), 1);
  }
}
