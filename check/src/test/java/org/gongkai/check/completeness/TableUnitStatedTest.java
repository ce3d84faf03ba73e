package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class TableUnitStatedTest {

  private final TableUnitStated rule = new TableUnitStated();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnATableWithoutUnit() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        3,
        t ->
            new Table(
                t.number(),
                t.kind(),
                t.title(),
                null,
                t.preparer(),
                t.columns(),
                t.rows(),
                t.notes(),
                t.source()));
    assertThat(assertFires(rule, b.build(), 1).get(0).location().tableNumber()).isEqualTo(3);
  }
}
