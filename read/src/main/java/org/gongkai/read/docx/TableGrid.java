package org.gongkai.read.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.format.WrappedText;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * One Word table as a dense grid. Word records horizontal merges as a cell spanning grid columns
 * and vertical merges as a "continue" cell under a "restart" cell; both become the spans of the
 * top-left cell, with empty cells at the positions it covers (as every reader does).
 */
final class TableGrid {

  private final XWPFTable table;
  private final int number;
  private final ReadLimits limits;
  private final Diagnostics diags;

  /** The merged cell owning each position: [row][column], null where no cell is. */
  private final List<Owner[]> owners = new ArrayList<>();

  private static final class Owner {
    final String text;
    final SourceRef source;
    final int row;
    final int column;
    final int colSpan;
    int rowSpan = 1;

    Owner(String text, SourceRef source, int row, int column, int colSpan) {
      this.text = text;
      this.source = source;
      this.row = row;
      this.column = column;
      this.colSpan = colSpan;
    }
  }

  TableGrid(XWPFTable table, int number, ReadLimits limits, Diagnostics diags) {
    this.table = table;
    this.number = number;
    this.limits = limits;
    this.diags = diags;
  }

  Block.Grid grid() {
    int width = 0;
    int r = 0;
    List<XWPFTableRow> rows = table.getRows();
    for (XWPFTableRow row : rows) {
      if (r >= limits.maxRowsPerGrid()) {
        diags.add(
            Severity.WARNING, DocxCodes.LIMIT_ROWS, at(1, 1), limits.maxRowsPerGrid(), rows.size());
        break;
      }
      width = Math.max(width, row(row, r));
      r++;
    }
    return new Block.Grid(dense(width), at(0, 0));
  }

  /** Places one row's cells; returns the number of grid columns it reaches. */
  private int row(XWPFTableRow row, int r) {
    Owner[] line = new Owner[limits.maxCellsPerRow()];
    owners.add(line);
    int col = gridBefore(row);
    int c = 0;
    for (XWPFTableCell cell : row.getTableCells()) {
      c++;
      CTTcPr pr = cell.getCTTc().getTcPr();
      int span = pr == null ? 1 : Math.max(1, DocxBlocks.decimal(pr.getGridSpan(), 1));
      if (col + span > line.length) {
        diags.add(Severity.WARNING, DocxCodes.LIMIT_CELLS, at(r + 1, c), line.length, col + span);
        span = Math.max(0, line.length - col);
        if (span == 0) {
          break;
        }
      }
      Owner above = r > 0 ? owners.get(r - 1)[col] : null;
      if (isContinue(pr) && above != null && above.column == col) {
        above.rowSpan = r - above.row + 1;
        for (int k = 0; k < span; k++) {
          line[col + k] = above;
        }
      } else {
        Owner o = new Owner(text(cell), at(r + 1, c), r, col, span);
        for (int k = 0; k < span; k++) {
          line[col + k] = o;
        }
      }
      col += span;
    }
    return col;
  }

  private static int gridBefore(XWPFTableRow row) {
    CTTrPr pr = row.getCtRow().getTrPr();
    if (pr == null || pr.sizeOfGridBeforeArray() == 0) {
      return 0;
    }
    return Math.min(64, DocxBlocks.decimal(pr.getGridBeforeArray(0), 0));
  }

  private static boolean isContinue(CTTcPr pr) {
    if (pr == null || pr.getVMerge() == null) {
      return false;
    }
    STMerge.Enum v = pr.getVMerge().getVal();
    return v == null || v == STMerge.CONTINUE;
  }

  private List<List<GridCell>> dense(int width) {
    List<List<GridCell>> out = new ArrayList<>(owners.size());
    for (int r = 0; r < owners.size(); r++) {
      Owner[] line = owners.get(r);
      List<GridCell> row = new ArrayList<>(width);
      for (int c = 0; c < width; c++) {
        Owner o = line[c];
        if (o == null) {
          row.add(GridCell.of("", at(r + 1, c + 1)));
        } else if (o.row == r && o.column == c) {
          String t = clip(o.text, o.source);
          row.add(new GridCell(t, o.rowSpan, Math.min(o.colSpan, width - c), o.source));
        } else {
          row.add(GridCell.of("", o.source));
        }
      }
      out.add(row);
    }
    return out;
  }

  private String clip(String t, SourceRef at) {
    if (t.length() <= limits.maxTextLength()) {
      return t;
    }
    diags.add(Severity.WARNING, DocxCodes.LIMIT_TEXT, at, limits.maxTextLength(), t.length());
    return t.substring(0, limits.maxTextLength());
  }

  /** The text of a cell: its paragraphs (and nested tables) joined as wrapped lines. */
  static String text(XWPFTableCell cell) {
    StringBuilder sb = new StringBuilder();
    append(sb, cell.getBodyElements(), 0);
    return sb.toString();
  }

  private static void append(StringBuilder sb, List<IBodyElement> elements, int depth) {
    for (IBodyElement e : elements) {
      if (e instanceof XWPFParagraph p) {
        WrappedText.appendLine(sb, p.getText());
      } else if (e instanceof XWPFTable t && depth < 8) {
        for (XWPFTableRow row : t.getRows()) {
          for (XWPFTableCell c : row.getTableCells()) {
            append(sb, c.getBodyElements(), depth + 1);
          }
        }
      }
    }
  }

  private SourceRef at(int row, int cell) {
    String where =
        row == 0 ? "table " + number : "table " + number + " row " + row + " cell " + cell;
    return SourceRef.page(0, where);
  }
}
