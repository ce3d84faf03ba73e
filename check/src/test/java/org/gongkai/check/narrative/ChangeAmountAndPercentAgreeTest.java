package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ChangeAmountAndPercentAgreeTest {

  private final ChangeAmountAndPercentAgree rule = new ChangeAmountAndPercentAgree();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenAmountAndPercentImplyDifferentLastYears() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("增长18.75%", "增长17.85%").build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("18.75%");
    assertThat(f.message()).contains("1,346.14 万元");
  }
}
