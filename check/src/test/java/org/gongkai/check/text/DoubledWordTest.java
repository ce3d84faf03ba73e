package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DoubledWordTest {

  private final DoubledWord rule = new DoubledWord();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAWordWrittenTwice() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("主要原因是人员", "主要原因是是人员经费经费").build(), 1).get(0);
    assertThat(f.actual()).isEqualTo("经费经费");
  }

  @Test
  void reduplicatedCharactersAreNotDoubledWords() {
    assertSilent(rule, NarrativeDocs.replacing("主要原因是人员", "主要原因是人人").build());
  }
}
