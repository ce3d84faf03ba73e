package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class EconomicShownToSectionTest {

  private final EconomicShownToSection rule = new EconomicShownToSection();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAClassWithoutSections() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        6,
        t ->
            new Table(
                t.number(),
                t.kind(),
                t.title(),
                t.unit(),
                t.preparer(),
                t.columns(),
                t.rows().stream()
                    .filter(
                        r ->
                            !TableBuilder2.code(t, r).startsWith("303")
                                || TableBuilder2.code(t, r).length() == 3)
                    .toList(),
                t.notes(),
                t.source()));
    assertThat(assertFires(rule, b.build(), 1).get(0).location().rowCode()).isEqualTo("303");
  }
}
