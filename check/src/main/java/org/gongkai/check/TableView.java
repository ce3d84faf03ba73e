package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;

/**
 * A table with its row labels computed once per check run, so that eighty rules reading the same
 * table do not re-derive codes and names (the model derives them on every call). Obtain one from
 * {@link RuleContext#view}.
 */
public final class TableView {

  private final Table table;
  private final int sides;
  private final RowLabel[][] labels;
  private final int[] totalRow;
  private final boolean[][] total;
  private final boolean[] hasCodes;
  private final String displayName;
  private final Column[][] byRole;
  private final List<List<Column>> valueColumns;

  TableView(Table table) {
    this.table = table;
    this.sides = table.sides();
    this.displayName = table.displayName();
    this.byRole = new Column[sides][ColumnRole.values().length];
    List<List<Column>> values = new ArrayList<>(sides);
    for (int s = 0; s < sides; s++) {
      values.add(new ArrayList<>());
    }
    for (Column c : table.columns()) {
      if (byRole[c.side()][c.role().ordinal()] == null) {
        byRole[c.side()][c.role().ordinal()] = c;
      }
      if (!c.role().isStub()) {
        values.get(c.side()).add(c);
      }
    }
    this.valueColumns = values.stream().map(List::copyOf).toList();
    this.labels = new RowLabel[sides][table.rows().size()];
    this.totalRow = new int[sides];
    this.total = new boolean[sides][table.rows().size()];
    this.hasCodes = new boolean[sides];
    for (int s = 0; s < sides; s++) {
      totalRow[s] = -1;
      for (int i = 0; i < table.rows().size(); i++) {
        RowLabel label = computeLabel(table, table.rows().get(i), s);
        labels[s][i] = label;
        hasCodes[s] |= label.hasCode();
        if (!label.hasCode() && !label.name().isEmpty() && label.isTotal()) {
          totalRow[s] = i;
          total[s][i] = true;
        }
      }
    }
  }

  public Table table() {
    return table;
  }

  /** The table's display name, "表3 单位支出总体情况表". */
  public String displayName() {
    return displayName;
  }

  public List<Row> rows() {
    return table.rows();
  }

  public int sides() {
    return sides;
  }

  /** The label of the row at this position (its index in {@link #rows}). */
  public RowLabel label(int position, int side) {
    return labels[side][position];
  }

  /** The label of a row of this table. */
  public RowLabel label(Row r, int side) {
    List<Row> rows = table.rows();
    int i = r.index();
    if (i < 0 || i >= rows.size() || rows.get(i) != r) {
      // rows are records: find by identity, never by (deep) equality
      i = -1;
      for (int k = 0; k < rows.size(); k++) {
        if (rows.get(k) == r) {
          i = k;
          break;
        }
      }
    }
    return i >= 0 ? labels[side][i] : computeLabel(table, r, side);
  }

  /** The first column with this role on the side. */
  public Optional<Column> column(ColumnRole role, int side) {
    return side < sides ? Optional.ofNullable(byRole[side][role.ordinal()]) : Optional.empty();
  }

  /** The side's value columns. */
  public List<Column> valueColumns(int side) {
    return side < sides ? valueColumns.get(side) : List.of();
  }

  /** The side's total row (合计 / 总计), the last one printed. */
  public Optional<Row> totalRow(int side) {
    return side < sides && totalRow[side] >= 0
        ? Optional.of(table.rows().get(totalRow[side]))
        : Optional.empty();
  }

  /** True when the row at this position is the side's total row (合计 / 总计 / 小计). */
  public boolean isTotal(int position, int side) {
    return total[side][position];
  }

  /** Rows of the side whose code has this many digits, in order. */
  public List<Row> rowsWithCodeLength(int side, int length) {
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < table.rows().size(); i++) {
      if (labels[side][i].code().length() == length) {
        out.add(table.rows().get(i));
      }
    }
    return out;
  }

  /** Rows of the side with exactly this code. */
  public List<Row> rowsWithCode(int side, String code) {
    List<Row> out = new ArrayList<>(1);
    for (int i = 0; i < table.rows().size(); i++) {
      if (labels[side][i].code().equals(code)) {
        out.add(table.rows().get(i));
      }
    }
    return out;
  }

  /** True when the side has at least one row with a code. */
  public boolean hasCodes(int side) {
    return side < sides && hasCodes[side];
  }

  /** The same label as {@link Table#label(Row, int)}, computed without regular expressions. */
  static RowLabel computeLabel(Table t, Row row, int side) {
    StringBuilder code = new StringBuilder();
    String name = "";
    for (Column c : t.columns()) {
      if (c.side() != side) {
        continue;
      }
      String printed = row.cell(c.index()).printed();
      switch (c.role()) {
        case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM -> appendDigits(code, printed);
        case NAME -> name = compact(printed);
        case CODE_NAME -> {
          String s = compact(printed);
          int d = 0;
          while (d < s.length() && d < 7 && isAsciiDigit(s.charAt(d))) {
            d++;
          }
          if (d >= 3 && (d == s.length() || !isAsciiDigit(s.charAt(d)))) {
            code.append(s, 0, d);
            name = s.substring(d);
          } else {
            name = s;
          }
        }
        default -> {}
      }
    }
    if (name.isEmpty()) {
      // a row with no name of its own is labelled by its project-name cell (表7 prints its 合计
      // there), as the model's Table.label does
      for (Column c : t.columns()) {
        if (c.side() == side && c.role() == org.gongkai.model.ColumnRole.PROJECT_NAME) {
          name = compact(row.cell(c.index()).printed());
        }
      }
    }
    return new RowLabel(code.toString(), name);
  }

  private static void appendDigits(StringBuilder sb, String s) {
    for (int i = 0; i < s.length(); i++) {
      if (isAsciiDigit(s.charAt(i))) {
        sb.append(s.charAt(i));
      }
    }
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Text without whitespace (ASCII and ideographic), as row names are compared. */
  public static String compact(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
