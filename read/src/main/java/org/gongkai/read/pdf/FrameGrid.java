package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;

/**
 * The cells of one ruled table while its chunks are placed, then the grid. Rows are dense: every
 * row lists one cell per column; a merged cell stands at its top-left position with its spans and
 * the positions it covers hold empty cells with the merged cell's source, as the text form prints
 * them.
 */
final class FrameGrid {

  private final RuledFrames.Frame frame;
  private final StringBuilder[] texts;
  private final TextLines.Chunk[] last;
  private int chunks;

  FrameGrid(RuledFrames.Frame frame) {
    this.frame = frame;
    this.texts = new StringBuilder[frame.cells().size()];
    this.last = new TextLines.Chunk[texts.length];
  }

  RuledFrames.Frame frame() {
    return frame;
  }

  boolean contains(TextLines.Chunk c) {
    return frame.contains(c.centreX(), c.centreY());
  }

  void add(TextLines.Chunk c) {
    int id = frame.cellAt(c.centreX(), c.centreY());
    if (texts[id] == null) {
      texts[id] = new StringBuilder();
    }
    CellText.append(texts[id], last[id], c);
    last[id] = c;
    chunks++;
  }

  int chunkCount() {
    return chunks;
  }

  String text(int cell) {
    return texts[cell] == null ? "" : texts[cell].toString();
  }

  Placed toPlaced(int page, ReadLimits limits, Diagnostics diags) {
    int rows = Math.min(frame.rows(), limits.maxRowsPerGrid());
    int cols = Math.min(frame.columns(), limits.maxCellsPerRow());
    SourceRef at =
        Locators.box(
            page,
            frame.left(),
            frame.top(),
            frame.right() - frame.left(),
            frame.bottom() - frame.top());
    if (rows < frame.rows()) {
      diags.add(Severity.WARNING, PdfCodes.LIMIT_ROWS, at, limits.maxRowsPerGrid(), frame.rows());
    }
    if (cols < frame.columns()) {
      diags.add(
          Severity.WARNING, PdfCodes.LIMIT_CELLS, at, limits.maxCellsPerRow(), frame.columns());
    }
    SourceRef[] refs = new SourceRef[frame.cells().size()];
    List<List<GridCell>> out = new ArrayList<>(rows);
    for (int r = 0; r < rows; r++) {
      List<GridCell> row = new ArrayList<>(cols);
      for (int c = 0; c < cols; c++) {
        int id = frame.owner()[r][c];
        RuledFrames.Span s = frame.cells().get(id);
        if (refs[id] == null) {
          refs[id] = cellRef(page, s);
        }
        if (s.row() == r && s.column() == c) {
          String t = clip(text(id), limits, refs[id], diags);
          int rs = Math.min(s.rowSpan(), rows - r);
          int cs = Math.min(s.colSpan(), cols - c);
          row.add(new GridCell(t, rs, cs, refs[id]));
        } else {
          row.add(GridCell.of("", refs[id]));
        }
      }
      out.add(row);
    }
    List<String> header = new ArrayList<>();
    for (GridCell c : out.isEmpty() ? List.<GridCell>of() : out.get(0)) {
      header.add(c.text());
    }
    return new Placed(
        new Block.Grid(out, at),
        frame.top(),
        frame.bottom(),
        frame.left(),
        frame.xs().clone(),
        header);
  }

  private SourceRef cellRef(int page, RuledFrames.Span s) {
    float x = frame.xs()[s.column()];
    float y = frame.ys()[s.row()];
    return Locators.box(
        page,
        x,
        y,
        frame.xs()[s.column() + s.colSpan()] - x,
        frame.ys()[s.row() + s.rowSpan()] - y);
  }

  static String clip(String t, ReadLimits limits, SourceRef at, Diagnostics diags) {
    if (t.length() <= limits.maxTextLength()) {
      return t;
    }
    diags.add(Severity.WARNING, PdfCodes.LIMIT_TEXT, at, limits.maxTextLength(), t.length());
    return t.substring(0, limits.maxTextLength());
  }
}
