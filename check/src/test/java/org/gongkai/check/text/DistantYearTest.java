package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DistantYearTest {

  private final DistantYear rule = new DistantYear();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void noticesAYearFarFromTheDocuments() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("主要原因是人员经费标准调整", "主要原因是执行2019年人员经费标准").build(), 1)
            .get(0);
    assertThat(f.actual()).isEqualTo("2019年");
  }

  @Test
  void citedAndBoundingYearsAreAllowed() {
    assertSilent(
        rule,
        NarrativeDocs.replacing("主要原因是人员经费标准调整", "主要原因是按《2019年标准》调整，2019年以来逐年增加，截至2020年底结转")
            .build());
  }
}
