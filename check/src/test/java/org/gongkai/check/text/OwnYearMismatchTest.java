package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class OwnYearMismatchTest {

  private final OwnYearMismatch rule = new OwnYearMismatch();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnLastYearsHeadingLeftIn() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("关于本单位2024年收入预算情况说明", "关于本单位2023年收入预算情况说明").build(),
                1)
            .get(0);
    assertThat(f.expected()).isEqualTo("2024年");
  }

  @Test
  void comparisonsAndCitationsAreNotTheOwnYear() {
    assertSilent(
        rule,
        NarrativeDocs.replacing("政府性基金预算未安排。", "比2023年预算减少，依据《2023年预算管理办法》及〔2023〕5号文件，政府性基金预算未安排。")
            .build());
  }
}
