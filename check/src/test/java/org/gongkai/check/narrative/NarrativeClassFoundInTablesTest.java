package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.gongkai.model.ColumnRole;
import org.junit.jupiter.api.Test;

class NarrativeClassFoundInTablesTest {

  private final NarrativeClassFoundInTables rule = new NarrativeClassFoundInTables();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAMisspeltClassNamingTheClosestPrintedClass() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("其他政府办公厅（室）及相关机构事务支出（项）", "其他政府办公厅相关事务支出（项）").build(),
                1)
            .get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("2010399");
  }

  @Test
  void noticesAClassNamedAsTheTableButNotAsTheCatalogue() {
    DocBuilder b = NarrativeDocs.replacing("行政单位离退休（项）", "行政单位离休（项）");
    b.table(5, t -> renamed(t, "2080501", "行政单位离休"));
    Finding f = assertFires(rule, NarrativeDocs.reparse(b).build(), 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    assertThat(f.expected()).isEqualTo("行政单位离退休");
  }

  private static org.gongkai.model.Table renamed(
      org.gongkai.model.Table t, String code, String name) {
    java.util.List<org.gongkai.model.Row> rows = new java.util.ArrayList<>();
    int nameColumn = t.column(ColumnRole.NAME).orElseThrow().index();
    for (org.gongkai.model.Row r : t.rows()) {
      if (t.label(r).code().equals(code)) {
        java.util.List<org.gongkai.model.Cell> cells = new java.util.ArrayList<>(r.cells());
        cells.set(nameColumn, org.gongkai.model.Cell.text(name, r.source()));
        rows.add(new org.gongkai.model.Row(r.index(), cells, r.source()));
      } else {
        rows.add(r);
      }
    }
    return new org.gongkai.model.Table(
        t.number(),
        t.kind(),
        t.title(),
        t.unit(),
        t.preparer(),
        t.columns(),
        rows,
        t.notes(),
        t.source());
  }
}
