package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.SubjectKind;

/**
 * The names a document's tables print, as lexicon entries: functional classes (from the tables
 * classified by function), economic classes (from the basic-expenditure tables) and projects. A
 * name printed with one code everywhere carries that code.
 */
final class TableNames {

  private static final Set<TableKind> ECONOMIC =
      Set.of(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, TableKind.FISCAL_BASIC_EXPENDITURE);

  private TableNames() {}

  static List<Lexicon.Entry> entries(List<Table> tables, TableLabels labels) {
    Map<String, String> functional = new HashMap<>();
    Map<String, String> economic = new HashMap<>();
    List<Lexicon.Entry> out = new ArrayList<>();
    for (Table t : tables) {
      Map<String, String> target = ECONOMIC.contains(t.kind()) ? economic : functional;
      for (int i = 0; i < t.rows().size(); i++) {
        for (int side = 0; side < labels.sides(t); side++) {
          RowLabel l = labels.label(t, i, side);
          if (l.hasCode() && l.name().length() >= 2) {
            String name = NarrativeText.normalise(l.name());
            target.merge(name, l.code(), (a, b) -> a.equals(b) ? a : "");
          }
        }
      }
      projects(t, out);
    }
    functional.forEach(
        (n, c) -> out.add(new Lexicon.Entry(n, SubjectKind.FUNCTIONAL_CLASS, null, c)));
    economic.forEach((n, c) -> out.add(new Lexicon.Entry(n, SubjectKind.ECONOMIC_CLASS, null, c)));
    return out;
  }

  private static void projects(Table t, List<Lexicon.Entry> out) {
    for (Column c : t.columns(ColumnRole.PROJECT_NAME)) {
      for (Row r : t.rows()) {
        String name = NarrativeText.normalise(r.cell(c.index()).printed());
        if (name.length() >= 2) {
          out.add(new Lexicon.Entry(name, SubjectKind.PROJECT, null, ""));
        }
      }
    }
  }
}
