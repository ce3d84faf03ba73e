package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class TemplateResidueTest {

  private final TemplateResidue rule = new TemplateResidue();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnTheTemplatesAlternatives() {
    List<Finding> f =
        assertFires(
            rule,
            NarrativeDocs.replacing(
                    "比上年预算增加304.39万元，增长20.25%", "比上年预算增加（减少）304.39万元，增长/下降20.25%（持平）")
                .build(),
            3);
    assertThat(f.get(0).actual()).isEqualTo("增加(减少)");
  }
}
