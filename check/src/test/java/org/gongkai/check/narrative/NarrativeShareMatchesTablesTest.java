package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class NarrativeShareMatchesTablesTest {

  private final NarrativeShareMatchesTables rule = new NarrativeShareMatchesTables();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnASwappedDigitAndOnTheLastDigit() {
    List<Finding> f = assertFires(rule, NarrativeDocs.replacing("占84.61%", "占84.16%").build(), 1);
    assertThat(f.get(0).expected()).isEqualTo("84.61%");
    assertThat(f.get(0).actual()).isEqualTo("84.16%");
    assertFires(rule, NarrativeDocs.replacing("占84.61%", "占84.60%").build(), 1);
  }
}
