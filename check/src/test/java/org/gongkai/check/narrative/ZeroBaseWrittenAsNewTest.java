package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.junit.jupiter.api.Test;

class ZeroBaseWrittenAsNewTest {

  private final ZeroBaseWrittenAsNew rule = new ZeroBaseWrittenAsNew();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnGrowthOfAHundredPercentFromNothing() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("增加39.77万元，", "增加39.77万元，增长100.00%，").build(), 1)
            .get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("新增");
  }
}
