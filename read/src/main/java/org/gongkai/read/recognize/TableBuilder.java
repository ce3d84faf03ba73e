package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableNote;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;

/**
 * Builds one {@link Table} from a grid: header rows to column roles, data rows to cells. Rows the
 * text form lost cells of (or gave one too many) are placed by {@link RowFit} and {@link
 * PlacementSolver}; what was moved is marked inferred and reported.
 */
final class TableBuilder {

  /**
   * What was read around the grid.
   *
   * @param number the printed number (表N), or 0
   * @param title the printed title, spaces removed, or empty
   * @param spec the profile's table, or null for a table the profile does not know
   * @param preparer 编制单位, or empty
   * @param unit the stated unit, or null
   * @param source where the title (or the grid) is
   */
  record Heading(
      int number,
      String title,
      TableSpec spec,
      String preparer,
      MoneyUnit unit,
      SourceRef source) {}

  private final CompiledProfile profile;
  private final Map<String, HeaderMapper.Result> headerCache;
  private final Diagnostics diags;

  TableBuilder(
      CompiledProfile profile, Map<String, HeaderMapper.Result> headerCache, Diagnostics diags) {
    this.profile = profile;
    this.headerCache = headerCache;
    this.diags = diags;
  }

  /** A table: its header read from the grid (or, when it has none, the layout's columns). */
  Table build(Heading h, Block.Grid grid, List<TableNote> notes) {
    List<List<GridCell>> rows = grid.rows();
    TableSpec spec = h.spec();
    String[][] specHeaders = spec == null ? null : profile.headers(spec);
    int headerCount = HeaderRows.count(rows, specHeaders);
    List<List<GridCell>> header = rows.subList(0, headerCount);
    List<List<GridCell>> data = rows.subList(headerCount, rows.size());
    int number = h.number() > 0 ? h.number() : spec == null ? 0 : spec.number();
    int width = headerWidth(header);
    List<Column> columns;
    if (width == 0) {
      columns = specColumns(spec, data);
      width = columns.isEmpty() ? 0 : columns.get(columns.size() - 1).index() + 1;
      diags.add(Severity.WARNING, RecognizeCodes.TABLE_NO_HEADER, grid.source(), number);
    } else {
      columns = mapHeader(spec, specHeaders, header, width, data, number, grid.source());
    }
    MoneyUnit unit = h.unit();
    if (unit == null && spec != null && spec.unit() != null) {
      unit = spec.unit();
      diags.add(Severity.WARNING, RecognizeCodes.TABLE_NO_UNIT, h.source(), number, unit.label());
    }
    List<Row> built = rows(columns, width, header, data, number, 0);
    String title =
        h.title().isEmpty() && spec != null && !spec.titles().isEmpty()
            ? spec.titles().get(0)
            : h.title();
    TableKind kind = spec == null ? TableKind.OTHER : spec.kind();
    return new Table(number, kind, title, unit, h.preparer(), columns, built, notes, h.source());
  }

  /** The table with the rows of a grid that continues it after a page break appended. */
  Table extend(Table table, Block.Grid grid, List<TableNote> moreNotes) {
    List<List<GridCell>> rows = grid.rows();
    TableSpec spec = profile.specForNumber(table.number());
    String[][] specHeaders =
        spec == null || spec.kind() != table.kind() ? null : profile.headers(spec);
    int headerCount = HeaderRows.count(rows, specHeaders);
    List<List<GridCell>> data = rows.subList(headerCount, rows.size());
    int width =
        table.columns().isEmpty() ? 0 : table.columns().get(table.columns().size() - 1).index() + 1;
    List<Row> more =
        rows(
            table.columns(),
            width,
            rows.subList(0, headerCount),
            data,
            table.number(),
            table.rows().size());
    List<Row> all = new ArrayList<>(table.rows());
    all.addAll(more);
    List<TableNote> notes = new ArrayList<>(table.notes());
    notes.addAll(moreNotes);
    diags.add(Severity.INFO, RecognizeCodes.TABLE_CONTINUED, grid.source(), table.number());
    return new Table(
        table.number(),
        table.kind(),
        table.title(),
        table.unit(),
        table.preparer(),
        table.columns(),
        all,
        notes,
        table.source());
  }

  /** Width of the header: one past its last non-blank cell. */
  private static int headerWidth(List<List<GridCell>> header) {
    int w = 0;
    for (List<GridCell> r : header) {
      for (int i = r.size() - 1; i >= w; i--) {
        if (!r.get(i).isBlank()) {
          w = i + 1;
          break;
        }
      }
    }
    return w;
  }

  private List<Column> specColumns(TableSpec spec, List<List<GridCell>> data) {
    List<Column> cols = new ArrayList<>();
    if (spec == null) {
      int w = 0;
      for (List<GridCell> r : data) {
        w = Math.max(w, r.size());
      }
      for (int i = 0; i < w; i++) {
        cols.add(new Column(i, "", i == 0 ? ColumnRole.NAME : ColumnRole.OTHER));
      }
      return cols;
    }
    for (int i = 0; i < spec.columns().size(); i++) {
      var cs = spec.columns().get(i);
      String header = cs.headers().isEmpty() ? "" : Norm.compact(cs.headers().get(0));
      cols.add(new Column(i, header, cs.role(), cs.side(), cs.qualifier(), ""));
    }
    return cols;
  }

  private List<Column> mapHeader(
      TableSpec spec,
      String[][] specHeaders,
      List<List<GridCell>> header,
      int width,
      List<List<GridCell>> data,
      int number,
      SourceRef at) {
    boolean[] hasData = new boolean[width];
    for (List<GridCell> r : data) {
      for (int i = 0; i < r.size() && i < width; i++) {
        hasData[i] |= !r.get(i).isBlank();
      }
    }
    String key = cacheKey(spec, header, width, hasData);
    HeaderMapper.Result m = headerCache.get(key);
    if (m == null) {
      m = HeaderMapper.map(spec, specHeaders, header, width, hasData);
      if (headerCache.size() > 4096) {
        headerCache.clear();
      }
      headerCache.put(key, m);
    }
    for (String u : m.unknown()) {
      diags.add(Severity.WARNING, RecognizeCodes.COLUMN_UNKNOWN, at, number, u);
    }
    for (String u : m.missing()) {
      diags.add(Severity.INFO, RecognizeCodes.COLUMN_MISSING, at, number, u);
    }
    return m.columns();
  }

  private static String cacheKey(
      TableSpec spec, List<List<GridCell>> header, int width, boolean[] hasData) {
    StringBuilder sb = new StringBuilder(128);
    sb.append(spec == null ? "-" : spec.number() + spec.kind().name()).append('|').append(width);
    for (boolean b : hasData) {
      sb.append(b ? '1' : '0');
    }
    for (List<GridCell> r : header) {
      sb.append('\u0001');
      for (GridCell c : r) {
        sb.append(c.text()).append('\u0002');
      }
    }
    return sb.toString();
  }

  private List<Row> rows(
      List<Column> columns,
      int width,
      List<List<GridCell>> header,
      List<List<GridCell>> data,
      int number,
      int firstIndex) {
    List<PlacedRow> lines = new ArrayList<>(data.size());
    List<String[]> headerTexts = compacted(header);
    for (List<GridCell> r : data) {
      if (HeaderRows.isBlank(r) || repeatsHeader(r, headerTexts)) {
        continue;
      }
      lines.add(PlacedRow.of(r, columns, width));
    }
    PlacementSolver solver = new PlacementSolver(columns, width, lines);
    solver.solve();
    boolean[] value = new boolean[width];
    for (Column c : columns) {
      if (c.index() < width) {
        value[c.index()] = !c.role().isStub();
      }
    }
    List<Row> out = new ArrayList<>(lines.size());
    for (PlacedRow l : lines) {
      out.add(toRow(l, columns, value, firstIndex + out.size(), number));
    }
    return out;
  }

  /** A header row printed again after a page break. */
  private static boolean repeatsHeader(List<GridCell> r, List<String[]> header) {
    for (String[] h : header) {
      if (sameTexts(r, h)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameTexts(List<GridCell> a, String[] b) {
    int n = Math.max(a.size(), b.length);
    for (int i = 0; i < n; i++) {
      String x = i < a.size() ? a.get(i).text() : "";
      String y = i < b.length ? b[i] : "";
      if (!x.equals(y) && !Norm.compact(x).equals(y)) {
        return false;
      }
    }
    return true;
  }

  private static List<String[]> compacted(List<List<GridCell>> rows) {
    List<String[]> out = new ArrayList<>(rows.size());
    for (List<GridCell> r : rows) {
      String[] t = new String[r.size()];
      for (int i = 0; i < t.length; i++) {
        t[i] = Norm.compact(r.get(i).text());
      }
      out.add(t);
    }
    return out;
  }

  private Row toRow(PlacedRow l, List<Column> columns, boolean[] value, int index, int number) {
    int width = value.length;
    Cell[] cells = new Cell[width];
    Cell blank = Cell.blank(l.source); // immutable: one per row serves every blank cell
    StringBuilder moved = new StringBuilder();
    for (int p = 0; p < width; p++) {
      String t = l.texts[p];
      Cell cell = t == null || t.isEmpty() ? blank : cell(t, value[p], l.source);
      if (l.inferred[p] && !cell.isBlank()) {
        cell = cell.asInferred();
        if (moved.length() > 0) {
          moved.append("，");
        }
        moved.append(Norm.compact(t)).append("→").append(header(columns, p));
      }
      cells[p] = cell;
    }
    if (l.unplaced) {
      diags.add(
          Severity.WARNING, RecognizeCodes.ROW_UNPLACED, l.source, number, l.printedCount, width);
    } else if (l.ambiguous) {
      diags.add(Severity.WARNING, RecognizeCodes.CELL_AMBIGUOUS, l.source, number, moved);
    } else if (moved.length() > 0) {
      diags.add(Severity.WARNING, RecognizeCodes.CELL_INFERRED, l.source, number, moved);
    }
    return new Row(index, List.of(cells), l.source);
  }

  private static String header(List<Column> columns, int p) {
    for (Column c : columns) {
      if (c.index() == p) {
        return c.header();
      }
    }
    return "#" + (p + 1);
  }

  static Cell cell(String text, boolean valueColumn, SourceRef at) {
    if (text == null || text.isBlank()) {
      return Cell.blank(at);
    }
    String t = text.strip();
    if (t.indexOf('\uFFFD') >= 0) {
      return Cell.unreadable(t, at);
    }
    if (valueColumn) {
      BigDecimal v = Amounts.parse(t);
      if (v != null) {
        return Cell.number(t, v, at);
      }
    }
    return Cell.text(t, at);
  }
}
