package org.gongkai.read.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;

/**
 * One sheet as blocks. Each visible row is classed: a table row (it has borders, or, on a sheet
 * without any borders, several values), a text row (a lone value off the table: a title, the unit
 * line) or blank. Consecutive table rows make one grid over the columns they use; text rows become
 * paragraphs (headings when set large).
 */
final class SheetBlocks {

  private enum Kind {
    BLANK,
    TEXT,
    TABLE
  }

  private final Sheet sheet;
  private final SheetCells cells;
  private final ReadLimits limits;
  private final Diagnostics diags;
  private final String name;

  /** Merged regions by top-left cell, and the top-left cell of every covered position. */
  private final Map<Long, CellRangeAddress> regions = new HashMap<>();

  private final Map<Long, Long> coveredBy = new HashMap<>();

  private int[] columns = new int[0];

  SheetBlocks(Sheet sheet, SheetCells cells, ReadLimits limits, Diagnostics diags) {
    this.sheet = sheet;
    this.cells = cells;
    this.limits = limits;
    this.diags = diags;
    this.name = sheet.getSheetName();
  }

  List<Block> read() {
    int first = sheet.getFirstRowNum();
    int last = sheet.getLastRowNum();
    if (last < 0 || first < 0) {
      return List.of();
    }
    int lastRead = last;
    if (last - first + 1 > limits.maxRowsPerGrid()) {
      lastRead = first + limits.maxRowsPerGrid() - 1;
      diags.add(
          Severity.WARNING,
          SheetCodes.LIMIT_ROWS,
          ref(first, 0),
          name,
          limits.maxRowsPerGrid(),
          last - first + 1);
    }
    columns = visibleColumns(first, lastRead);
    mergedRegions(first, lastRead);
    boolean borders = anyBorder(first, lastRead);
    List<Block> blocks = new ArrayList<>();
    List<Integer> table = new ArrayList<>();
    for (int r = first; r <= lastRead; r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getZeroHeight()) {
        continue;
      }
      Kind k = kind(r, borders);
      if (k == Kind.TABLE) {
        table.add(r);
        continue;
      }
      flush(table, blocks);
      if (k == Kind.TEXT) {
        blocks.add(text(r));
      }
    }
    flush(table, blocks);
    return blocks;
  }

  private int[] visibleColumns(int first, int last) {
    int min = Integer.MAX_VALUE;
    int max = -1;
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row != null && row.getFirstCellNum() >= 0) {
        min = Math.min(min, row.getFirstCellNum());
        max = Math.max(max, row.getLastCellNum() - 1);
      }
    }
    if (max < 0) {
      return new int[0];
    }
    List<Integer> cols = new ArrayList<>();
    for (int c = min; c <= max; c++) {
      if (!sheet.isColumnHidden(c)) {
        cols.add(c);
      }
    }
    if (cols.size() > limits.maxCellsPerRow()) {
      diags.add(
          Severity.WARNING,
          SheetCodes.LIMIT_CELLS,
          ref(first, min),
          limits.maxCellsPerRow(),
          cols.size());
      cols = cols.subList(0, limits.maxCellsPerRow());
    }
    return cols.stream().mapToInt(Integer::intValue).toArray();
  }

  private void mergedRegions(int first, int last) {
    if (columns.length == 0) {
      return;
    }
    int minCol = columns[0];
    int maxCol = columns[columns.length - 1];
    long budget = (long) (last - first + 1) * columns.length;
    for (CellRangeAddress a : sheet.getMergedRegions()) {
      int r1 = Math.max(a.getFirstRow(), first);
      int r2 = Math.min(a.getLastRow(), last);
      int c1 = Math.max(a.getFirstColumn(), minCol);
      int c2 = Math.min(a.getLastColumn(), maxCol);
      if (r1 > r2 || c1 > c2 || a.getFirstRow() < first || a.getFirstColumn() < minCol) {
        continue;
      }
      long top = key(a.getFirstRow(), a.getFirstColumn());
      regions.put(top, a);
      for (int r = r1; r <= r2 && budget > 0; r++) {
        for (int c = c1; c <= c2 && budget > 0; c++, budget--) {
          if (r != a.getFirstRow() || c != a.getFirstColumn()) {
            coveredBy.put(key(r, c), top);
          }
        }
      }
    }
  }

  private boolean anyBorder(int first, int last) {
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c : columns) {
        if (SheetCells.bordered(row.getCell(c))) {
          return true;
        }
      }
    }
    return false;
  }

  private Kind kind(int r, boolean borders) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return Kind.BLANK;
    }
    int values = 0;
    boolean bordered = false;
    for (int c : columns) {
      Cell cell = row.getCell(c);
      bordered |= SheetCells.bordered(cell);
      if (!coveredBy.containsKey(key(r, c)) && !cells.text(cell).isEmpty()) {
        values++;
      }
    }
    if (borders) {
      return bordered ? Kind.TABLE : values == 0 ? Kind.BLANK : Kind.TEXT;
    }
    return values == 0 ? Kind.BLANK : values == 1 ? Kind.TEXT : Kind.TABLE;
  }

  private Block text(int r) {
    Row row = sheet.getRow(r);
    StringBuilder sb = new StringBuilder();
    boolean large = false;
    int at = columns.length > 0 ? columns[0] : 0;
    for (int c : columns) {
      Cell cell = row.getCell(c);
      String t = coveredBy.containsKey(key(r, c)) ? "" : cells.text(cell);
      if (!t.isEmpty()) {
        if (sb.length() == 0) {
          at = c;
        } else {
          sb.append(' ');
        }
        sb.append(t);
        large |= cells.large(cell);
      }
    }
    String t = clip(sb.toString(), ref(r, at));
    return large ? new Block.Heading(t, 1, ref(r, at)) : new Block.Paragraph(t, ref(r, at));
  }

  /** Emits the pending table rows as one grid over the columns they use. */
  private void flush(List<Integer> rows, List<Block> blocks) {
    if (rows.isEmpty()) {
      return;
    }
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int r : rows) {
      Row row = sheet.getRow(r);
      for (int i = 0; i < columns.length; i++) {
        Cell cell = row == null ? null : row.getCell(columns[i]);
        if (SheetCells.bordered(cell) || !cells.text(cell).isEmpty()) {
          lo = Math.min(lo, i);
          hi = Math.max(hi, i);
        }
      }
    }
    if (hi >= 0) {
      blocks.add(grid(rows, lo, hi));
    }
    rows.clear();
  }

  private Block.Grid grid(List<Integer> rows, int lo, int hi) {
    List<List<GridCell>> out = new ArrayList<>(rows.size());
    for (int r : rows) {
      Row row = sheet.getRow(r);
      List<GridCell> line = new ArrayList<>(hi - lo + 1);
      for (int i = lo; i <= hi; i++) {
        int c = columns[i];
        Long top = coveredBy.get(key(r, c));
        if (top != null) {
          line.add(GridCell.of("", ref((int) (top >> 20), (int) (top & 0xFFFFF))));
          continue;
        }
        SourceRef at = ref(r, c);
        String t = clip(cells.text(row == null ? null : row.getCell(c)), at);
        CellRangeAddress a = regions.get(key(r, c));
        if (a == null) {
          line.add(GridCell.of(t, at));
        } else {
          line.add(new GridCell(t, span(rows, r, a), colSpan(i, hi, a), at));
        }
      }
      out.add(line);
    }
    return new Block.Grid(out, ref(rows.get(0), columns[lo]));
  }

  /** The grid rows a merged region covers (hidden rows and rows past the grid do not count). */
  private static int span(List<Integer> rows, int r, CellRangeAddress a) {
    int n = 0;
    for (int x : rows) {
      if (x >= r && x <= a.getLastRow()) {
        n++;
      }
    }
    return Math.max(1, n);
  }

  private int colSpan(int i, int hi, CellRangeAddress a) {
    int n = 0;
    for (int k = i; k <= hi && columns[k] <= a.getLastColumn(); k++) {
      n++;
    }
    return Math.max(1, n);
  }

  private String clip(String t, SourceRef at) {
    if (t.length() <= limits.maxTextLength()) {
      return t;
    }
    diags.add(Severity.WARNING, SheetCodes.LIMIT_TEXT, at, limits.maxTextLength(), t.length());
    return t.substring(0, limits.maxTextLength());
  }

  private SourceRef ref(int r, int c) {
    return SourceRef.page(0, new CellReference(name, r, c, false, false).formatAsString());
  }

  private static long key(int r, int c) {
    return ((long) r << 20) | c;
  }
}
