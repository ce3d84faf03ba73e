package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class EmptyTableExplainedTest {

  private final EmptyTableExplained rule = new EmptyTableExplained();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnAnEmptyTableWithoutItsNote() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        8,
        t ->
            new Table(
                t.number(),
                t.kind(),
                t.title(),
                t.unit(),
                t.preparer(),
                t.columns(),
                t.rows(),
                List.of(),
                t.source()));
    assertThat(assertFires(rule, b.build(), 1).get(0).location().tableNumber()).isEqualTo(8);
  }

  @Test
  void aNarrativeSentenceNamingTheTableExplainsIt() {
    DocBuilder b = TestDisclosures.clean();
    b.table(
        8,
        t ->
            new Table(
                t.number(),
                t.kind(),
                t.title(),
                t.unit(),
                t.preparer(),
                t.columns(),
                t.rows(),
                List.of(),
                t.source()));
    b.narrative.add(DocBuilder.section("八", "政府性基金", "本单位没有政府性基金预算拨款，政府性基金预算支出情况表为空表。"));
    assertSilent(rule, b.build());
  }
}
