package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published table, as printed, with its own money unit.
 *
 * @param number the table's number in its document (表3 → 3); 0 when unnumbered
 * @param kind what the table is, from the layout profile
 * @param title the title as printed, spaces removed
 * @param unit the money unit the table states (单位：万元); null when it states none
 * @param preparer 编制单位 as printed, empty when absent
 * @param columns the columns, in order
 * @param rows the data rows (header rows excluded), in order
 * @param notes notes printed with the table
 * @param source where the table's title was read
 */
public record Table(
    int number,
    TableKind kind,
    String title,
    MoneyUnit unit,
    String preparer,
    List<Column> columns,
    List<Row> rows,
    List<TableNote> notes,
    SourceRef source) {

  public Table {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    preparer = preparer == null ? "" : preparer;
    columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
    rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
    notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    source = source == null ? SourceRef.NONE : source;
  }

  /** The first column with this role on the given side. */
  public Optional<Column> column(ColumnRole role, int side) {
    return columns.stream().filter(c -> c.role() == role && c.side() == side).findFirst();
  }

  /** The first column with this role on side 0. */
  public Optional<Column> column(ColumnRole role) {
    return column(role, 0);
  }

  /** All columns with this role, any side. */
  public List<Column> columns(ColumnRole role) {
    return columns.stream().filter(c -> c.role() == role).toList();
  }

  /** The number of sides: 2 for a two-sided (收入 | 支出) table, else 1. */
  public int sides() {
    return columns.stream().mapToInt(Column::side).max().orElse(0) + 1;
  }

  /** The value columns (non-stub) of one side. */
  public List<Column> valueColumns(int side) {
    return columns.stream().filter(c -> c.side() == side && !c.role().isStub()).toList();
  }

  /** The row's label (code and name) on one side, read from that side's stub columns. */
  public RowLabel label(Row row, int side) {
    StringBuilder code = new StringBuilder();
    String name = "";
    String projectName = "";
    for (Column c : columns) {
      if (c.side() != side) {
        continue;
      }
      String text = row.cell(c.index()).compactText();
      switch (c.role()) {
        case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM -> appendDigits(text, code);
        case NAME -> name = RowLabel.compactName(text);
        case PROJECT_NAME -> projectName = text;
        case CODE_NAME -> {
          RowLabel combined = RowLabel.ofCombined(row.cell(c.index()).printed());
          code.append(combined.code());
          name = combined.name();
        }
        default -> {}
      }
    }
    // A row with no name of its own but a project-name cell (表7's 合计 printed under 项目名称)
    // is labelled by that cell, so that its total row is found.
    return new RowLabel(code.toString(), name.isEmpty() ? projectName : name);
  }

  private static void appendDigits(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        out.append(ch);
      }
    }
  }

  /** The row's label on side 0. */
  public RowLabel label(Row row) {
    return label(row, 0);
  }

  /** Rows whose label on the given side has this code. */
  public List<Row> rowsWithCode(String code, int side) {
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      if (label(r, side).code().equals(code)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The side's total row (合计 / 总计), if printed. */
  public Optional<Row> totalRow(int side) {
    for (int i = rows.size() - 1; i >= 0; i--) {
      if (label(rows.get(i), side).isTotal()) {
        return Optional.of(rows.get(i));
      }
    }
    return Optional.empty();
  }

  /** True when no value cell of any row holds a number. */
  public boolean hasNoFigures() {
    for (Row r : rows) {
      for (Column c : columns) {
        if (!c.role().isStub() && r.cell(c.index()).isNumber()) {
          return false;
        }
      }
    }
    return true;
  }

  /** True when a note says the table is published empty. */
  public boolean declaredEmpty() {
    return notes.stream().anyMatch(TableNote::emptyTableStatement);
  }

  /** "表3 单位支出总体情况表". */
  public String displayName() {
    return (number > 0 ? "表" + number + " " : "") + title;
  }
}
