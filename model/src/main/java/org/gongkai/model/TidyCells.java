package org.gongkai.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The tidy cells view of a disclosure: one entry per non-blank value cell of every table, the open
 * data form researchers want ({@code table,row_code,row_name,column,value}).
 *
 * <p>A blank cell is no entry; stub (label) columns are not values. Codes, names and headers are
 * written as printed without spaces; values as printed without thousands separators.
 *
 * @param entries the cells in document order: table by table, row by row, column by column
 */
public record TidyCells(List<TidyCells.Entry> entries) {

  /** The CSV header line, exactly. */
  public static final String HEADER = "table,row_code,row_name,column,value";

  /**
   * One value cell.
   *
   * @param table the table's number in its document
   * @param rowCode the row's classification code without spaces (2010301, 30101, 201), empty when
   *     the row has none
   * @param rowName the row's name as printed without spaces; for a row that names a project, the
   *     project's name
   * @param column the column header as printed without spaces (the lowest header row naming it)
   * @param value the value as printed, without thousands separators or spaces
   * @param source where the cell was read
   */
  public record Entry(
      int table, String rowCode, String rowName, String column, String value, SourceRef source) {
    public Entry {
      Objects.requireNonNull(rowCode, "rowCode");
      Objects.requireNonNull(rowName, "rowName");
      Objects.requireNonNull(column, "column");
      Objects.requireNonNull(value, "value");
      source = source == null ? SourceRef.NONE : source;
    }

    /** The entry as one CSV record (no line ending). */
    public String toCsvRecord() {
      return table
          + ","
          + quote(rowCode)
          + ","
          + quote(rowName)
          + ","
          + quote(column)
          + ","
          + quote(value);
    }
  }

  public TidyCells {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
  }

  /** The tidy cells of every table of a disclosure. */
  public static TidyCells of(Disclosure disclosure) {
    List<Entry> out = new ArrayList<>();
    for (Table t : disclosure.tables()) {
      addTable(t, out);
    }
    return new TidyCells(out);
  }

  /** The tidy cells of one table. */
  public static TidyCells of(Table table) {
    List<Entry> out = new ArrayList<>();
    addTable(table, out);
    return new TidyCells(out);
  }

  private static void addTable(Table t, List<Entry> out) {
    int sides = t.sides();
    for (Row r : t.rows()) {
      RowLabel[] labels = new RowLabel[sides];
      for (int s = 0; s < sides; s++) {
        labels[s] = rowLabel(t, r, s);
      }
      for (Column c : t.columns()) {
        if (c.role().isStub()) {
          continue;
        }
        Cell cell = r.cell(c.index());
        if (cell.isBlank() || cell.printed().isBlank()) {
          continue;
        }
        RowLabel label = labels[c.side()];
        out.add(
            new Entry(
                t.number(),
                label.code(),
                label.name(),
                compact(c.header()),
                cell.isNumber() ? printedNumber(cell.printed()) : compact(cell.printed()),
                cell.source()));
      }
    }
  }

  /** The row's label on one side; a project's name, where the side has one, names the row. */
  private static RowLabel rowLabel(Table t, Row r, int side) {
    RowLabel label = t.label(r, side);
    for (Column c : t.columns()) {
      if (c.side() == side && c.role() == ColumnRole.PROJECT_NAME) {
        String project = compact(r.cell(c.index()).printed());
        if (!project.isEmpty()) {
          return new RowLabel(label.code(), project);
        }
      }
    }
    return label;
  }

  /** The CSV (RFC 4180): the header line, then one record per entry; lines end with CRLF. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder(64 + entries.size() * 48);
    sb.append(HEADER).append("\r\n");
    for (Entry e : entries) {
      sb.append(e.toCsvRecord()).append("\r\n");
    }
    return sb.toString();
  }

  /** RFC 4180: a field holding a comma, a double quote, CR or LF is quoted, quotes doubled. */
  static String quote(String field) {
    boolean needs = false;
    for (int i = 0; i < field.length() && !needs; i++) {
      char ch = field.charAt(i);
      needs = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
    }
    return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  private static String printedNumber(String printed) {
    StringBuilder sb = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char ch = printed.charAt(i);
      if (ch != ',' && !isSpace(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static String compact(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (!isSpace(ch)) {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static boolean isSpace(char ch) {
    return Character.isWhitespace(ch) || ch == '\u3000' || ch == '\u00a0';
  }
}
