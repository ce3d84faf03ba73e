package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/** Finds the rows (and, in item-per-column tables, the columns) a subject names. */
final class TableRows {

  /** A row and the column that holds the subject's figure. */
  record Hit(Row row, int side, ColumnRole role, Column column) {}

  private final List<Table> tables;
  private final TableLabels labels;

  TableRows(List<Table> tables, TableLabels labels) {
    this.tables = tables;
    this.labels = labels;
  }

  /** The label of a row (cached per table). */
  RowLabel label(Table t, Row r, int side) {
    return labels.label(t, r, side);
  }

  /** The side's total row (合计 / 总计), the last one printed. */
  Optional<Row> totalRow(Table t, int side) {
    for (int i = t.rows().size() - 1; i >= 0; i--) {
      if (labels.label(t, i, side).isTotal()) {
        return Optional.of(t.rows().get(i));
      }
    }
    return Optional.empty();
  }

  Optional<Table> table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /** Classification rows whose code, or name (and level, and parents' names), is the subject's. */
  List<Row> classRows(Table t, int side, Subject s) {
    List<Row> found = new ArrayList<>();
    String want = Subject.normalise(s.name());
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      RowLabel l = labels.label(t, i, side);
      if (!l.hasCode()) {
        continue;
      }
      boolean match =
          s.code().isEmpty() ? Subject.normalise(l.name()).equals(want) : l.code().equals(s.code());
      if (match && (s.level().codeLength() == 0 || l.code().length() == s.level().codeLength())) {
        found.add(r);
      }
    }
    if (found.size() > 1 && !s.path().isEmpty()) {
      found.removeIf(r -> !underPath(t, side, labels.label(t, r, side).code(), s.path()));
    }
    return found;
  }

  private boolean underPath(Table t, int side, String code, List<String> path) {
    Set<String> ancestors = new HashSet<>();
    for (int i = 0; i < t.rows().size(); i++) {
      RowLabel l = labels.label(t, i, side);
      if (l.hasCode() && l.code().length() < code.length() && code.startsWith(l.code())) {
        ancestors.add(Subject.normalise(l.name()));
      }
    }
    return path.stream().map(Subject::normalise).allMatch(ancestors::contains);
  }

  /** Rows of a project table whose project name is the given one. */
  List<Row> projectRows(Table t, Column nameColumn, String name) {
    String want = Subject.normalise(name);
    List<Row> found = new ArrayList<>();
    for (Row r : t.rows()) {
      if (Subject.normalise(r.cell(nameColumn.index()).printed()).equals(want)) {
        found.add(r);
      }
    }
    return found;
  }

  /**
   * The row whose name the lexicon reads as the subject's kind (因公出国（境）费, 1.一般公共预算拨款), with its
   * total column; else, for tables that put items in columns, the column so named in the total (or
   * only) row.
   */
  Optional<Hit> byLexicon(Table t, Subject s) {
    boolean summary = t.kind() == TableKind.INCOME_EXPENDITURE_SUMMARY;
    for (int i = 0; i < t.rows().size(); i++) {
      Row r = t.rows().get(i);
      for (int side = 0; side < labels.sides(t); side++) {
        RowLabel l = labels.label(t, i, side);
        if (l.hasCode() || (summary && l.name().startsWith("其中"))) {
          continue;
        }
        if (names(t, l, s)) {
          Optional<Column> c = t.column(ColumnRole.TOTAL, side);
          if (c.isPresent()) {
            return Optional.of(new Hit(r, side, ColumnRole.TOTAL, c.get()));
          }
        }
      }
    }
    return byColumn(t, s);
  }

  private Optional<Hit> byColumn(Table t, Subject s) {
    Optional<Row> row = totalRow(t, 0).or(() -> onlyDataRow(t));
    if (row.isEmpty()) {
      return Optional.empty();
    }
    for (Column c : t.valueColumns(0)) {
      SubjectKind k = kindOf(t, c.header(), c.role() == ColumnRole.TOTAL);
      if (k == s.kind()) {
        return Optional.of(new Hit(row.get(), 0, c.role(), c));
      }
    }
    return Optional.empty();
  }

  private static Optional<Row> onlyDataRow(Table t) {
    List<Row> data = t.rows().stream().filter(r -> !r.isEmpty()).toList();
    return data.size() == 1 ? Optional.of(data.get(0)) : Optional.empty();
  }

  private final java.util.Map<String, SubjectKind> kinds = new java.util.HashMap<>();

  private boolean names(Table t, RowLabel l, Subject s) {
    if (s.kind() == SubjectKind.INCOME_TOTAL && s.name().startsWith("本年")) {
      return clean(l.name()).startsWith("本年收入");
    }
    String key = t.kind() + "|" + l.isTotal() + "|" + l.name();
    SubjectKind k = kinds.computeIfAbsent(key, x -> kindOrNone(t, l.name(), l.isTotal()));
    return k == s.kind();
  }

  /** {@link #kindOf}, with OTHER standing for "none" so that the answer can be cached. */
  private static SubjectKind kindOrNone(Table t, String name, boolean isTotal) {
    SubjectKind k = kindOf(t, name, isTotal);
    return k == null ? SubjectKind.OTHER : k;
  }

  /** What a row or column name stands for in this table, by the lexicon. */
  private static SubjectKind kindOf(Table t, String name, boolean isTotal) {
    if (isTotal || clean(name).equals("合计")) {
      return switch (t.kind()) {
        case THREE_PUBLIC_EXPENSES -> SubjectKind.THREE_PUBLIC_TOTAL;
        case PROCUREMENT -> SubjectKind.PROCUREMENT_TOTAL;
        case AGENCY_OPERATING_EXPENSES -> SubjectKind.AGENCY_OPERATING;
        default -> null;
      };
    }
    String c = clean(name);
    if (c.isEmpty()) {
      return null;
    }
    Lexicon.Entry e = Lexicon.fixed().longestAt(c, 0);
    return e != null && e.phrase().length() == c.length() ? e.kind() : null;
  }

  /** A row name without its numbering (一、 1. (一)), 其中, and (小计). */
  static String clean(String name) {
    String s = NarrativeText.normalise(name);
    s = s.replace("(小计)", "").replace("小计", "");
    if (s.startsWith("其中:") || s.startsWith("其中：")) {
      s = s.substring(3);
    } else if (s.startsWith("其中")) {
      s = s.substring(2);
    }
    return stripNumbering(s);
  }

  static String stripNumbering(String s) {
    int i = 0;
    if (s.startsWith("(")) {
      int close = s.indexOf(')');
      if (close > 0 && close <= 4) {
        return s.substring(close + 1);
      }
    }
    while (i < s.length()
        && i < 4
        && (Character.isDigit(s.charAt(i)) || isChineseNumeral(s.charAt(i)))) {
      i++;
    }
    if (i > 0 && i < s.length() && "、.．,，".indexOf(s.charAt(i)) >= 0) {
      return s.substring(i + 1);
    }
    return s;
  }

  private static boolean isChineseNumeral(char c) {
    return "一二三四五六七八九十".indexOf(c) >= 0;
  }
}
