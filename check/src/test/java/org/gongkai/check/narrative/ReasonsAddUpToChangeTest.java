package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class ReasonsAddUpToChangeTest {

  private final ReasonsAddUpToChange rule = new ReasonsAddUpToChange();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenTheReasonsDoNotAddUp() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("搬迁改造费59万元", "搬迁改造费69万元").build(), 1).get(0);
    assertThat(f.message()).contains("+69 万元").contains("−7 万元");
  }
}
