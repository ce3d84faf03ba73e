package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.junit.jupiter.api.Test;

class FiguredItemListedTest {

  private final FiguredItemListed rule = new FiguredItemListed();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void noticesAnItemWithFiguresLeftOutOfTheList() {
    Finding f = assertFires(rule, NarrativeDocs.replacing("、公共安全支出", "").build(), 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    assertThat(f.expected()).isEqualTo("公共安全支出");
  }
}
