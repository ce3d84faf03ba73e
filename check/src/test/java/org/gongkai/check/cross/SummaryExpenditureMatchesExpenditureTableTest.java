package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class SummaryExpenditureMatchesExpenditureTableTest {

  private final SummaryExpenditureMatchesExpenditureTable rule =
      new SummaryExpenditureMatchesExpenditureTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAClassDiffers() {
    Disclosure d =
        TestDisclosures.clean().table(1, t -> withCell(t, code("204"), TOTAL, 1, "24.50")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().tableNumber()).isEqualTo(3);
    assertThat(f.location().rowCode()).isEqualTo("204");
    assertThat(f.expected()).isEqualTo("24.50 万元");
    assertThat(f.message()).contains("表1").contains("表3");
  }

  @Test
  void aClassMissingFromTheExpenditureTableFires() {
    Disclosure d =
        TestDisclosures.clean().table(1, t -> withCell(t, code("205"), TOTAL, 1, "3.00")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().tableNumber()).isEqualTo(1);
    assertThat(f.message()).contains("无此行");
  }

  @Test
  void yuanAgainstWanIsComparedExactly() {
    var b = TestDisclosures.clean();
    b.table(1, t -> withCell(t, code("204"), TOTAL, 1, "200,000.00"));
    b.table(
        1,
        t ->
            new Table(
                t.number(),
                t.kind(),
                t.title(),
                org.gongkai.model.MoneyUnit.YUAN,
                t.preparer(),
                t.columns(),
                t.rows(),
                t.notes(),
                t.source()));
    List<Finding> f = RuleHarness.run(rule, b.build()).findings();
    // the other classes are now 10,000 times too small: each flagged as a unit confusion
    assertThat(f).isNotEmpty().allMatch(x -> x.message().contains("元与万元"));
    assertThat(f).noneMatch(x -> x.location().rowCode().equals("204"));
  }
}
