package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class FunctionalShownToItemTest {

  private final FunctionalShownToItem rule = new FunctionalShownToItem();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnASectionShownWithoutItsItems() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        3,
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
                            !TableBuilder2.code(t, r).startsWith("20410")
                                || TableBuilder2.code(t, r).length() == 5)
                    .toList(),
                t.notes(),
                t.source()));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("20410");
  }
}
