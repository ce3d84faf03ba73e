package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.model.Cell;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class NarrativeAmountMatchesTableTest {

  private final NarrativeAmountMatchesTable rule = new NarrativeAmountMatchesTable();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAnAmountThatDiffersFromItsCell() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("基本支出1,598.53万元，占84.61%", "基本支出1,594.03万元，占84.61%").build(),
                1)
            .get(0);
    assertThat(f.expected()).isEqualTo("1,598.53 万元");
    assertThat(f.actual()).isEqualTo("1,594.03 万元");
    assertThat(f.message()).contains("基本支出").contains("相差");
  }

  @Test
  void aFigureElsewhereInTheRowDoesNotSatisfyTheClaim() {
    assertFires(rule, NarrativeDocs.replacing("项目支出290.85万元", "项目支出1,598.53万元").build(), 1);
  }

  @Test
  void aTableInYuanIsComparedExactly() {
    DocBuilder yuan = NarrativeDocs.clean();
    yuan.table(3, NarrativeAmountMatchesTableTest::inYuan);
    assertSilent(rule, NarrativeDocs.reparse(yuan).build());
  }

  @Test
  void aTableLabelledYuanButPrintedInWanIsReportedAsAUnitConfusion() {
    DocBuilder wrong = NarrativeDocs.clean();
    wrong.table(3, t -> relabel(t, MoneyUnit.YUAN));
    List<Finding> f = assertFires(rule, NarrativeDocs.reparse(wrong).build(), 3);
    assertThat(f).allMatch(x -> x.message().contains("元与万元"));
  }

  @Test
  void notArrangedIsAnExactZeroAgainstTheCell() {
    assertFires(
        rule, NarrativeDocs.replacing("非财政拨款结转结余42.08万元，占2.23%。", "非财政拨款结转结余未安排。").build(), 1);
  }

  static Table inYuan(Table t) {
    List<Row> rows = new ArrayList<>();
    for (Row r : t.rows()) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : r.cells()) {
        if (c.isNumber()) {
          BigDecimal y = c.number().multiply(BigDecimal.valueOf(10_000)).setScale(2);
          cells.add(Cell.number(y.toPlainString(), y, c.source()));
        } else {
          cells.add(c);
        }
      }
      rows.add(new Row(r.index(), cells, r.source()));
    }
    return new Table(
        t.number(),
        t.kind(),
        t.title(),
        MoneyUnit.YUAN,
        t.preparer(),
        t.columns(),
        rows,
        t.notes(),
        t.source());
  }

  static Table relabel(Table t, MoneyUnit unit) {
    return new Table(
        t.number(),
        t.kind(),
        t.title(),
        unit,
        t.preparer(),
        t.columns(),
        t.rows(),
        t.notes(),
        t.source());
  }
}
