package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DoubledPunctuationTest {

  private final DoubledPunctuation rule = new DoubledPunctuation();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnDoubledAndClashingMarks() {
    List<Finding> f =
        assertFires(rule, NarrativeDocs.replacing("占95.67%，比上年", "占95.67%，，比上年").build(), 1);
    assertThat(f.get(0).actual()).isEqualTo("，，");
    assertFires(rule, NarrativeDocs.replacing("收支总预算1,889.38万元。", "收支总预算1,889.38万元，。").build(), 1);
  }

  @Test
  void anEllipsisIsOneMark() {
    assertSilent(rule, NarrativeDocs.replacing("收支总预算1,889.38万元。", "收支总预算1,889.38万元……。").build());
  }
}
