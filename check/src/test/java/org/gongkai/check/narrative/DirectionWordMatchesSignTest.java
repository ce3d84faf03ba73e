package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DirectionWordMatchesSignTest {

  private final DirectionWordMatchesSign rule = new DirectionWordMatchesSign();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnIncreaseByZeroOnFlatWithAChangeAndOnContradictingWords() {
    assertFires(rule, NarrativeDocs.replacing("与上年预算持平", "比上年预算增加0.00万元，增长0.00%").build(), 1);
    assertFires(rule, NarrativeDocs.replacing("比上年预算增加11.06万元", "与上年预算持平，减少11.06万元").build(), 1);
    Finding f = assertFires(rule, NarrativeDocs.replacing("增长6.14%", "下降6.14%").build(), 1).get(0);
    assertThat(f.message()).contains("相反");
  }
}
