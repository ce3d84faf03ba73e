package org.gongkai.check;

import java.util.Objects;
import org.gongkai.model.Column;
import org.gongkai.model.Indicator;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;

/**
 * Where a finding is, precise enough for a reviewer to find it: a table cell (table number and
 * name, row index, code and name, column header), a narrative sentence (section label and sentence
 * index), a performance sheet (project and indicator), or a part of the document; always with the
 * {@link SourceRef} of the line or page. Fields that do not apply are empty strings or -1.
 *
 * @param part the part of the document, used to group findings
 * @param tableNumber the table's number in its document, -1 when not a table
 * @param table the table's display name ("表2 单位收入总体情况表"), empty when not a table
 * @param row 0-based index of the row in its table, -1 when not a row
 * @param rowCode the row's classification code, empty when none
 * @param rowName the row's name as printed (compact)
 * @param column the column's header as printed (compact), empty when not a cell
 * @param section the narrative section's label and title, or a document part's name
 * @param sentence 1-based sentence index within the section's text, -1 when not a sentence
 * @param project the performance sheet's project name, empty when not a sheet
 * @param indicator the indicator's name, empty when not an indicator
 * @param source where it is in the source document
 */
public record Location(
    Part part,
    int tableNumber,
    String table,
    int row,
    String rowCode,
    String rowName,
    String column,
    String section,
    int sentence,
    String project,
    String indicator,
    SourceRef source) {

  public Location {
    Objects.requireNonNull(part, "part");
    table = nz(table);
    rowCode = nz(rowCode);
    rowName = nz(rowName);
    column = nz(column);
    section = nz(section);
    project = nz(project);
    indicator = nz(indicator);
    source = source == null ? SourceRef.NONE : source;
  }

  /** A whole table. */
  public static Location of(Table t) {
    return new Location(
        Part.TABLES, t.number(), t.displayName(), -1, "", "", "", "", -1, "", "", t.source());
  }

  /** A row of a table, labelled from the given side's stub columns. */
  public static Location of(Table t, Row r, int side) {
    return of(t, r, TableView.computeLabel(t, r, side));
  }

  /** A row of a viewed table (labels already computed). */
  public static Location of(TableView v, Row r, int side) {
    RowLabel label = v.label(r, side);
    return new Location(
        Part.TABLES,
        v.table().number(),
        v.displayName(),
        r.index(),
        label.code(),
        label.name(),
        "",
        "",
        -1,
        "",
        "",
        r.source());
  }

  /** A cell of a viewed table. */
  public static Location of(TableView v, Row r, Column c) {
    RowLabel label = v.label(r, c.side());
    SourceRef src = r.cell(c.index()).source();
    return new Location(
        Part.TABLES,
        v.table().number(),
        v.displayName(),
        r.index(),
        label.code(),
        label.name(),
        c.header(),
        "",
        -1,
        "",
        "",
        src.isKnown() ? src : r.source());
  }

  private static Location of(Table t, Row r, RowLabel label) {
    return new Location(
        Part.TABLES,
        t.number(),
        t.displayName(),
        r.index(),
        label.code(),
        label.name(),
        "",
        "",
        -1,
        "",
        "",
        r.source());
  }

  /** A cell: the row labelled from the column's side, and the column's header. */
  public static Location of(Table t, Row r, Column c) {
    return cell(of(t, r, c.side()), r, c);
  }

  private static Location cell(Location row, Row r, Column c) {
    SourceRef src = r.cell(c.index()).source();
    return row.withColumn(c.header()).withSource(src.isKnown() ? src : r.source());
  }

  /** A narrative sentence (sentence -1 for the whole section or paragraph). */
  public static Location narrative(String section, int sentence, SourceRef source) {
    return new Location(Part.NARRATIVE, -1, "", -1, "", "", "", section, sentence, "", "", source);
  }

  /** A performance sheet as a whole. */
  public static Location of(PerformanceTargets sheet) {
    return new Location(
        Part.PERFORMANCE, -1, "", -1, "", "", "", "", -1, sheet.project(), "", sheet.source());
  }

  /** One indicator of a performance sheet. */
  public static Location of(PerformanceTargets sheet, Indicator i) {
    return new Location(
        Part.PERFORMANCE, -1, "", -1, "", "", "", "", -1, sheet.project(), i.name(), i.source());
  }

  /** A part of the document that is neither a table nor a sentence (staffing, 目录 …). */
  public static Location document(Part part, String what, SourceRef source) {
    return new Location(part, -1, "", -1, "", "", "", what, -1, "", "", source);
  }

  public Location withColumn(String header) {
    return new Location(
        part,
        tableNumber,
        table,
        row,
        rowCode,
        rowName,
        header,
        section,
        sentence,
        project,
        indicator,
        source);
  }

  public Location withSource(SourceRef src) {
    return new Location(
        part,
        tableNumber,
        table,
        row,
        rowCode,
        rowName,
        column,
        section,
        sentence,
        project,
        indicator,
        src);
  }

  /** The same place, filed under another part (a table figure checked as completeness…). */
  public Location inPart(Part other) {
    return new Location(
        other,
        tableNumber,
        table,
        row,
        rowCode,
        rowName,
        column,
        section,
        sentence,
        project,
        indicator,
        source);
  }

  /** In Chinese, e.g. "表2 单位收入总体情况表 第8行 2041099 其他税私警察支出 「一般公共预算」列（第123行）". */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    append(sb, table);
    if (row >= 0) {
      append(sb, Messages.format("location.row", String.valueOf(row + 1)));
    }
    append(sb, (rowCode + " " + rowName).strip());
    if (!column.isEmpty()) {
      append(sb, Messages.format("location.column", column));
    }
    append(sb, section);
    if (sentence > 0) {
      append(sb, Messages.format("location.sentence", String.valueOf(sentence)));
    }
    if (!project.isEmpty()) {
      append(sb, Messages.format("location.project", project));
    }
    if (!indicator.isEmpty()) {
      append(sb, Messages.format("location.indicator", indicator));
    }
    if (source.isKnown()) {
      sb.append(Messages.format("location.source", source.toString()));
    }
    return sb.toString();
  }

  private static void append(StringBuilder sb, String s) {
    if (s.isEmpty()) {
      return;
    }
    if (sb.length() > 0) {
      sb.append(' ');
    }
    sb.append(s);
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
