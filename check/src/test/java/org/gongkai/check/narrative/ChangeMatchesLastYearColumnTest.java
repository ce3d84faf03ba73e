package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

class ChangeMatchesLastYearColumnTest {

  private final ChangeMatchesLastYearColumn rule = new ChangeMatchesLastYearColumn();

  @Test
  void notApplicableWithoutALastYearColumn() {
    assertNotApplicable(rule, NarrativeDocs.clean().build());
  }

  @Test
  void silentWhenTheChangeIsThisYearMinusTheLastYearColumn() {
    assertSilent(rule, withLastYear("60.00").build());
  }

  @Test
  void firesWhenTheChangeIsNotThisYearMinusTheLastYearColumn() {
    assertFires(rule, withLastYear("58.00").build(), 1);
  }

  /** 表5 with a 上年预算数 column: 行政单位离退休 (2080501) as given, 2010399 157.00, others blank. */
  private static DocBuilder withLastYear(String retired) {
    DocBuilder b = NarrativeDocs.clean();
    b.table(5, t -> addLastYear(t, retired));
    return NarrativeDocs.reparse(b);
  }

  private static Table addLastYear(Table t, String retired) {
    List<Column> cols = new ArrayList<>(t.columns());
    int index = cols.size();
    cols.add(new Column(index, "上年预算数", ColumnRole.LAST_YEAR));
    List<Row> rows = new ArrayList<>();
    for (Row r : t.rows()) {
      List<Cell> cells = new ArrayList<>(r.cells());
      while (cells.size() < index) {
        cells.add(Cell.blank(r.source()));
      }
      String code = t.label(r).code();
      String last = code.equals("2080501") ? retired : code.equals("2010399") ? "157.00" : "";
      cells.add(
          last.isEmpty()
              ? Cell.blank(r.source())
              : Cell.number(last, new java.math.BigDecimal(last), r.source()));
      rows.add(new Row(r.index(), cells, r.source()));
    }
    return new Table(
        t.number(), t.kind(), t.title(), t.unit(), t.preparer(), cols, rows, t.notes(), t.source());
  }
}
