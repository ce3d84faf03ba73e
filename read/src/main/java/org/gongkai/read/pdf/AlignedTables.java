package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;

/**
 * Finds tables set without ruling lines, from the alignment of their text. A line whose text falls
 * into several segments separated by wide gaps is a candidate row; three or more such rows close
 * together (with the single-segment lines between them) make a table. Its columns are the x
 * intervals that the rows' segments occupy, built from the narrowest segments up, so that a header
 * spanning several columns does not fuse them: such a segment becomes a cell with a column span.
 */
final class AlignedTables {

  /** A gap wider than this share of the font size separates two cells of a row. */
  private static final float CELL_GAP = 1.0f;

  /** Rows further apart than this share of the font size are not one table. */
  private static final float ROW_GAP = 2.0f;

  private static final int MIN_ROWS = 3;

  /** More column intervals than this is scattered text (and would make the search quadratic). */
  private static final int MAX_COLUMNS = 256;

  private static final java.util.regex.Pattern PAGE_NUMBER =
      java.util.regex.Pattern.compile("[.…·．]*\\d{1,4}");

  private static final java.util.regex.Pattern LIST_MARKER =
      java.util.regex.Pattern.compile(
          "[(（]?[0-9一二三四五六七八九十]{1,3}[.．、)）]|[(（][0-9一二三四五六七八九十]{1,3}[)）]");

  record Result(List<Placed> grids, List<TextLines.TextLine> rest) {}

  /** A run of chunks of one line with no wide gap: one cell's text. */
  private record Segment(List<TextLines.Chunk> chunks, float left, float right) {}

  private AlignedTables() {}

  static Result find(
      List<TextLines.TextLine> lines, int page, ReadLimits limits, Diagnostics diags) {
    List<List<Segment>> segs = new ArrayList<>(lines.size());
    for (TextLines.TextLine l : lines) {
      segs.add(l.upright() ? segments(l) : List.of());
    }
    List<Placed> grids = new ArrayList<>();
    List<TextLines.TextLine> rest = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int end = regionEnd(lines, segs, i);
      if (end > i) {
        Placed p = grid(lines.subList(i, end), segs.subList(i, end), page, limits, diags);
        if (p != null) {
          grids.add(p);
          i = end;
          continue;
        }
      }
      rest.add(lines.get(i));
      i++;
    }
    return new Result(grids, rest);
  }

  private static List<Segment> segments(TextLines.TextLine l) {
    List<Segment> out = new ArrayList<>();
    List<TextLines.Chunk> cur = new ArrayList<>();
    for (TextLines.Chunk c : l.chunks()) {
      if (TextBlocks.isLeader(c.text())) {
        // Leader dots join a title to its page number; they are space, not a cell.
        if (!cur.isEmpty()) {
          out.add(segment(cur));
          cur = new ArrayList<>();
        }
        continue;
      }
      if (!cur.isEmpty()) {
        TextLines.Chunk p = cur.get(cur.size() - 1);
        if (c.left() - p.right() > CELL_GAP * Math.min(p.size(), c.size())) {
          out.add(segment(cur));
          cur = new ArrayList<>();
        }
      }
      cur.add(c);
    }
    if (!cur.isEmpty()) {
      out.add(segment(cur));
    }
    return out;
  }

  private static Segment segment(List<TextLines.Chunk> cs) {
    return new Segment(List.copyOf(cs), cs.get(0).left(), cs.get(cs.size() - 1).right());
  }

  /**
   * The end (exclusive) of a table region starting at line {@code i}, or {@code i} when none starts
   * there: multi-segment rows close together, single-segment lines only between them.
   */
  private static int regionEnd(List<TextLines.TextLine> lines, List<List<Segment>> segs, int i) {
    if (segs.get(i).size() < 2) {
      return i;
    }
    int lastMulti = i;
    int multi = 1;
    int j = i + 1;
    while (j < lines.size()) {
      TextLines.TextLine prev = lines.get(j - 1);
      TextLines.TextLine l = lines.get(j);
      if (!l.upright() || l.top() - prev.bottom() > ROW_GAP * Math.max(prev.size(), l.size())) {
        break;
      }
      if (segs.get(j).size() >= 2) {
        lastMulti = j;
        multi++;
      } else if (j - lastMulti > 2) {
        break;
      }
      j++;
    }
    return multi >= MIN_ROWS ? lastMulti + 1 : i;
  }

  private static Placed grid(
      List<TextLines.TextLine> lines,
      List<List<Segment>> segs,
      int page,
      ReadLimits limits,
      Diagnostics diags) {
    float[][] cols = columns(segs);
    if (cols.length < 2 || isNumberedList(segs, cols) || isContents(segs, cols)) {
      return null;
    }
    int ncols = Math.min(cols.length, limits.maxCellsPerRow());
    int nrows = Math.min(lines.size(), limits.maxRowsPerGrid());
    float top = lines.get(0).top();
    float bottom = lines.get(lines.size() - 1).bottom();
    SourceRef at =
        Locators.box(page, cols[0][0], top, cols[cols.length - 1][1] - cols[0][0], bottom - top);
    if (ncols < cols.length) {
      diags.add(Severity.WARNING, PdfCodes.LIMIT_CELLS, at, limits.maxCellsPerRow(), cols.length);
    }
    if (nrows < lines.size()) {
      diags.add(Severity.WARNING, PdfCodes.LIMIT_ROWS, at, limits.maxRowsPerGrid(), lines.size());
    }
    List<List<GridCell>> rows = new ArrayList<>(nrows);
    for (int r = 0; r < nrows; r++) {
      rows.add(row(lines.get(r), segs.get(r), cols, ncols, page, limits, diags));
    }
    float[] xs = new float[cols.length + 1];
    for (int c = 0; c < cols.length; c++) {
      xs[c] = cols[c][0];
    }
    xs[cols.length] = cols[cols.length - 1][1];
    List<String> header = rows.get(0).stream().map(GridCell::text).toList();
    return new Placed(new Block.Grid(rows, at), top, bottom, cols[0][0], xs, header);
  }

  /**
   * Lines of a numbered list (a table of contents: "1. title") align like two columns but are
   * running text: the first column holds nothing but list markers.
   */
  private static boolean isNumberedList(List<List<Segment>> segs, float[][] cols) {
    if (cols.length != 2) {
      return false;
    }
    for (List<Segment> line : segs) {
      if (line.size() >= 2) {
        String first = line.get(0).chunks().get(0).text();
        if (!LIST_MARKER.matcher(first).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A table of contents: titles (often with leader dots) and page numbers. Two columns, the second
   * holding nothing but small whole numbers.
   */
  private static boolean isContents(List<List<Segment>> segs, float[][] cols) {
    if (cols.length != 2) {
      return false;
    }
    for (List<Segment> line : segs) {
      if (line.size() >= 2) {
        List<TextLines.Chunk> cs = line.get(line.size() - 1).chunks();
        if (!PAGE_NUMBER.matcher(cs.get(cs.size() - 1).text()).matches()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Column intervals, built from the narrowest segments up; bridging segments are left out. */
  private static float[][] columns(List<List<Segment>> segs) {
    List<Segment> all = new ArrayList<>();
    for (List<Segment> s : segs) {
      if (s.size() >= 2) {
        all.addAll(s);
      }
    }
    all.sort((a, b) -> Float.compare(a.right() - a.left(), b.right() - b.left()));
    List<float[]> cols = new ArrayList<>();
    for (Segment s : all) {
      int first = -1;
      int count = 0;
      for (int c = 0; c < cols.size(); c++) {
        if (s.left() <= cols.get(c)[1] && s.right() >= cols.get(c)[0]) {
          first = first < 0 ? c : first;
          count++;
        }
      }
      if (count == 0) {
        if (cols.size() >= MAX_COLUMNS) {
          return new float[0][]; // scattered text, not columns
        }
        cols.add(new float[] {s.left(), s.right()});
      } else if (count == 1) {
        float[] c = cols.get(first);
        c[0] = Math.min(c[0], s.left());
        c[1] = Math.max(c[1], s.right());
      }
    }
    float[][] out = cols.toArray(new float[0][]);
    Arrays.sort(out, (a, b) -> Float.compare(a[0], b[0]));
    return out;
  }

  private static List<GridCell> row(
      TextLines.TextLine line,
      List<Segment> segs,
      float[][] cols,
      int ncols,
      int page,
      ReadLimits limits,
      Diagnostics diags) {
    StringBuilder[] text = new StringBuilder[ncols];
    int[] span = new int[ncols];
    float[][] box = new float[ncols][];
    for (Segment s : segs) {
      int first = -1;
      int last = -1;
      for (int c = 0; c < ncols; c++) {
        if (s.left() <= cols[c][1] && s.right() >= cols[c][0]) {
          first = first < 0 ? c : first;
          last = c;
        }
      }
      if (first < 0) {
        first = nearest(cols, ncols, (s.left() + s.right()) / 2);
        last = first;
      }
      if (text[first] == null) {
        text[first] = new StringBuilder();
        box[first] = new float[] {s.left(), s.right()};
      } else {
        text[first].append(' ');
        box[first][1] = s.right();
      }
      TextLines.Chunk prev = null;
      for (TextLines.Chunk c : s.chunks()) {
        CellText.append(text[first], prev, c);
        prev = c;
      }
      span[first] = Math.max(span[first], last - first + 1);
    }
    List<GridCell> row = new ArrayList<>(ncols);
    int covered = 0;
    for (int c = 0; c < ncols; c++) {
      float l = box[c] == null ? cols[c][0] : box[c][0];
      float r = box[c] == null ? cols[c][1] : box[c][1];
      SourceRef at = Locators.box(page, l, line.top(), r - l, line.bottom() - line.top());
      if (text[c] != null && covered == 0) {
        String t = FrameGrid.clip(text[c].toString(), limits, at, diags);
        row.add(new GridCell(t, 1, span[c], at));
        covered = span[c] - 1;
      } else {
        row.add(GridCell.of(text[c] == null ? "" : text[c].toString(), at));
        covered = Math.max(0, covered - 1);
      }
    }
    return row;
  }

  private static int nearest(float[][] cols, int ncols, float x) {
    int best = 0;
    float bestD = Float.MAX_VALUE;
    for (int c = 0; c < ncols; c++) {
      float d = x < cols[c][0] ? cols[c][0] - x : x > cols[c][1] ? x - cols[c][1] : 0;
      if (d < bestD) {
        bestD = d;
        best = c;
      }
    }
    return best;
  }
}
