package org.gongkai.read.html;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;
import org.jsoup.nodes.Element;

/**
 * One HTML data table as a dense grid, laid out as a browser does: each cell takes the first free
 * column of its row, and a {@code rowspan}/{@code colspan} reserves the positions below and to the
 * right. Spans are clamped to the table (government pages carry {@code rowspan="99"} on the last
 * row, and {@code rowspan="0"} means "to the end").
 */
final class TableGrid {

  private final Element table;
  private final SourceRef source;
  private final ReadLimits limits;
  private final Diagnostics diags;

  private static final class Owner {
    final String text;
    final SourceRef source;
    final int row;
    final int column;
    int rowSpan;
    int colSpan;

    Owner(String text, SourceRef source, int row, int column) {
      this.text = text;
      this.source = source;
      this.row = row;
      this.column = column;
    }
  }

  TableGrid(Element table, SourceRef source, ReadLimits limits, Diagnostics diags) {
    this.table = table;
    this.source = source;
    this.limits = limits;
    this.diags = diags;
  }

  Block.Grid grid() {
    List<Element> trs = table.select("tr");
    int rows = Math.min(trs.size(), limits.maxRowsPerGrid());
    if (rows < trs.size()) {
      diags.add(
          Severity.WARNING, HtmlCodes.LIMIT_ROWS, source, limits.maxRowsPerGrid(), trs.size());
    }
    int maxCols = limits.maxCellsPerRow();
    Owner[][] at = new Owner[rows][];
    int width = 0;
    // Spans may overlap on hostile pages; the positions visited stay linear in the table's size.
    long budget = 4L * rows * maxCols;
    for (int r = 0; r < rows; r++) {
      if (at[r] == null) {
        at[r] = new Owner[maxCols];
      }
      int col = 0;
      int n = 0;
      for (Element cell : trs.get(r).children()) {
        String tag = cell.normalName();
        if (!tag.equals("td") && !tag.equals("th")) {
          continue;
        }
        n++;
        while (col < maxCols && at[r][col] != null) {
          col++;
        }
        if (col >= maxCols) {
          diags.add(Severity.WARNING, HtmlCodes.LIMIT_CELLS, ref(r, n), maxCols, col + 1);
          break;
        }
        Owner o = new Owner(HtmlBlocks.joined(cell), ref(r, n), r, col);
        o.colSpan = Math.min(span(cell.attr("colspan"), 1), maxCols - col);
        int rs = span(cell.attr("rowspan"), rows - r);
        o.rowSpan = rs == 0 ? rows - r : Math.min(rs, rows - r);
        long area = (long) o.rowSpan * o.colSpan;
        if (area > budget) {
          o.rowSpan = 1;
          o.colSpan = 1;
          area = 1;
        }
        budget -= area;
        for (int i = r; i < r + o.rowSpan; i++) {
          if (at[i] == null) {
            at[i] = new Owner[maxCols];
          }
          for (int j = col; j < col + o.colSpan; j++) {
            if (at[i][j] == null) {
              at[i][j] = o;
            }
          }
        }
        col += o.colSpan;
        width = Math.max(width, col);
      }
    }
    return new Block.Grid(dense(at, rows, width), source);
  }

  private List<List<GridCell>> dense(Owner[][] at, int rows, int width) {
    List<List<GridCell>> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<GridCell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        Owner o = at[r][c];
        if (o == null) {
          row.add(GridCell.of("", ref(r, c + 1)));
        } else if (o.row == r && o.column == c) {
          row.add(new GridCell(clip(o.text, o.source), o.rowSpan, o.colSpan, o.source));
        } else {
          row.add(GridCell.of("", o.source));
        }
      }
      out.add(row);
    }
    return out;
  }

  /** A span attribute: a positive integer (0 allowed for rowspan), else 1; at most 65534. */
  private static int span(String attr, int fallbackForZero) {
    String a = attr.strip();
    if (a.isEmpty()) {
      return 1;
    }
    int v = 0;
    int i = 0;
    while (i < a.length() && Character.isDigit(a.charAt(i)) && v < 65534) {
      v = v * 10 + (a.charAt(i) - '0');
      i++;
    }
    if (i == 0) {
      return 1;
    }
    return v == 0 ? (fallbackForZero > 1 ? 0 : 1) : Math.min(v, 65534);
  }

  private String clip(String t, SourceRef at) {
    if (t.length() <= limits.maxTextLength()) {
      return t;
    }
    diags.add(Severity.WARNING, HtmlCodes.LIMIT_TEXT, at, limits.maxTextLength(), t.length());
    return t.substring(0, limits.maxTextLength());
  }

  private SourceRef ref(int row, int cell) {
    return SourceRef.page(0, source.locator() + " row " + (row + 1) + " cell " + cell);
  }
}
