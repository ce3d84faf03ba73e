package org.gongkai.read.claim;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;

/**
 * The row labels of a document's tables, computed once per parse and without regular expressions
 * (binding looks at every row of a table for every subject). Same labels as {@link Table#label(Row,
 * int)}.
 */
final class TableLabels {

  private final Map<Table, RowLabel[][]> cache = new IdentityHashMap<>();

  /** The table's number of sides (2 for 收入 | 支出). */
  int sides(Table t) {
    return cache.computeIfAbsent(t, TableLabels::compute).length;
  }

  /** The label of the row at {@code position} in the table's row list. */
  RowLabel label(Table t, int position, int side) {
    RowLabel[][] labels = cache.computeIfAbsent(t, TableLabels::compute);
    return side < labels.length ? labels[side][position] : new RowLabel("", "");
  }

  /** The label of a row of the table (found by identity). */
  RowLabel label(Table t, Row r, int side) {
    List<Row> rows = t.rows();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i) == r) {
        return label(t, i, side);
      }
    }
    return t.label(r, side);
  }

  private static RowLabel[][] compute(Table t) {
    int sides = t.sides();
    RowLabel[][] out = new RowLabel[sides][t.rows().size()];
    for (int s = 0; s < sides; s++) {
      for (int i = 0; i < t.rows().size(); i++) {
        out[s][i] = computeLabel(t, t.rows().get(i), s);
      }
    }
    return out;
  }

  private static RowLabel computeLabel(Table t, Row row, int side) {
    StringBuilder code = new StringBuilder();
    String name = "";
    String project = "";
    for (Column c : t.columns()) {
      if (c.side() != side) {
        continue;
      }
      if (!c.role().isStub()) {
        continue;
      }
      String text = compact(row.cell(c.index()).printed());
      switch (c.role()) {
        case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM -> digits(text, code);
        case NAME -> name = text;
        case PROJECT_NAME -> project = text;
        case CODE_NAME -> {
          int d = 0;
          while (d < text.length() && d < 7 && isDigit(text.charAt(d))) {
            d++;
          }
          if (d >= 3 && (d == text.length() || !isDigit(text.charAt(d)))) {
            code.append(text, 0, d);
            name = text.substring(d);
          } else {
            name = text;
          }
        }
        default -> {}
      }
    }
    return new RowLabel(code.toString(), name.isEmpty() ? project : name);
  }

  private static void digits(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      if (isDigit(s.charAt(i))) {
        out.append(s.charAt(i));
      }
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static String compact(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
