package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class SameItemSameAmountTest {

  private final SameItemSameAmount rule = new SameItemSameAmount();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheSameCellIsStatedTwoWaysAcrossSections() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("一般公共预算基本支出1,598.53万元", "一般公共预算基本支出1,589.53万元").build(),
                1)
            .get(0);
    assertThat(f.expected()).isEqualTo("1,598.53 万元");
    assertThat(f.message()).contains("五");
  }
}
