package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableNote;

/**
 * Builds a {@link Table} for tests. Cells are given as strings: "" is blank, a number (with
 * grouping commas allowed) is a number, "?x" is unreadable, anything else is text.
 */
public final class TableBuilder {

  private final int number;
  private final TableKind kind;
  private final String title;
  private MoneyUnit unit = MoneyUnit.WAN_YUAN;
  private final List<Column> columns = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();
  private final List<TableNote> notes = new ArrayList<>();
  private int firstLine = 100;

  public TableBuilder(int number, TableKind kind, String title) {
    this.number = number;
    this.kind = kind;
    this.title = title;
  }

  public TableBuilder unit(MoneyUnit u) {
    this.unit = u;
    return this;
  }

  public TableBuilder line(int line) {
    this.firstLine = line;
    return this;
  }

  public TableBuilder col(ColumnRole role, String header) {
    return col(role, header, 0, "");
  }

  public TableBuilder right(ColumnRole role, String header) {
    return col(role, header, 1, "");
  }

  public TableBuilder col(ColumnRole role, String header, int side, String qualifier) {
    columns.add(new Column(columns.size(), header, role, side, qualifier, ""));
    return this;
  }

  /** The standard split-code stub: 类, 款, 项, 科目名称. */
  public TableBuilder codeStub3() {
    return col(ColumnRole.CODE_CLASS, "类")
        .col(ColumnRole.CODE_SECTION, "款")
        .col(ColumnRole.CODE_ITEM, "项")
        .col(ColumnRole.NAME, "科目名称");
  }

  public TableBuilder row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  public TableBuilder note(String text, boolean emptyStatement) {
    notes.add(new TableNote(text, emptyStatement, SourceRef.line(firstLine + rows.size() + 2)));
    return this;
  }

  public Table build() {
    List<Row> built = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      SourceRef src = SourceRef.line(firstLine + i);
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        String s = c < rows.get(i).size() ? rows.get(i).get(c) : "";
        cells.add(cell(s, src, columns.get(c).role().isStub()));
      }
      built.add(new Row(i, cells, src));
    }
    return new Table(
        number, kind, title, unit, "测试单位", columns, built, notes, SourceRef.line(firstLine - 3));
  }

  static Cell cell(String s, SourceRef src, boolean stub) {
    if (s.isEmpty()) {
      return Cell.blank(src);
    }
    if (s.startsWith("?")) {
      return Cell.unreadable(s.substring(1), src);
    }
    String digits = s.replace(",", "");
    if (!stub && digits.matches("-?\\d+(\\.\\d+)?")) {
      return Cell.number(s, new BigDecimal(digits), src);
    }
    return Cell.text(s, src);
  }

  /** A copy of the table with one cell replaced (row chosen by its label on the column's side). */
  public static Table withCell(Table t, Predicate<RowLabel> row, ColumnRole role, String value) {
    return withCell(t, row, role, 0, value);
  }

  /** As {@link #withCell(Table, Predicate, ColumnRole, String)} for a given side. */
  public static Table withCell(
      Table t, Predicate<RowLabel> row, ColumnRole role, int side, String value) {
    Column col = t.column(role, side).orElseThrow(() -> new IllegalArgumentException("" + role));
    boolean found = false;
    List<Row> rows = new ArrayList<>();
    for (Row r : t.rows()) {
      if (!found && row.test(TableView.computeLabel(t, r, side))) {
        found = true;
        List<Cell> cells = new ArrayList<>(r.cells());
        cells.set(col.index(), cell(value, r.source(), col.role().isStub()));
        rows.add(new Row(r.index(), cells, r.source()));
      } else {
        rows.add(r);
      }
    }
    if (!found) {
      throw new IllegalArgumentException("no such row in " + t.displayName());
    }
    return new Table(
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

  /** Predicate: the row with this code. */
  public static Predicate<RowLabel> code(String code) {
    return l -> l.code().equals(code);
  }

  /** Predicate: the row with this name (compact). */
  public static Predicate<RowLabel> name(String name) {
    return l -> l.name().equals(RowLabel.compactName(name));
  }

  /** Predicate: the side's total row. */
  public static Predicate<RowLabel> total() {
    return RowLabel::isTotal;
  }
}
