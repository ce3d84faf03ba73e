package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class PlaceholderLeftInTest {

  private final PlaceholderLeftIn rule = new PlaceholderLeftIn();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnEachKindOfPlaceholder() {
    List<Finding> f =
        assertFires(
            rule, NarrativeDocs.replacing("本单位2024年全部收入", "XX单位20XX年全部收入【】，增长X%，｛单位｝").build(), 5);
    assertThat(f).extracting(Finding::actual).containsExactly("XX", "XX", "X", "【】", "｛单位｝");
  }

  @Test
  void aMultiplicationSignAndLatinWordsAreNotPlaceholders() {
    assertSilent(
        rule,
        NarrativeDocs.replacing("收支总预算1,889.38万元。", "收支总预算1,889.38万元（2000人×0.03万元、XXL型号）。")
            .build());
  }
}
