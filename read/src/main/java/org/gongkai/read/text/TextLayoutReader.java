package org.gongkai.read.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;

/**
 * Reads the text form of a disclosure: one paragraph per line of text, tab-separated lines as grid
 * rows (consecutive rows, also across the blank lines and page numbers a page break leaves, make
 * one grid), Markdown {@code #} lines as headings. A row written with runs of spaces instead of
 * tabs becomes a grid row where that is unambiguous: a classification code (or a 合计 label), a name,
 * then only numbers.
 *
 * <p>The encoding is detected (BOM, strict UTF-8, strict GB18030, then the least lossy) and
 * reported. Stateless and thread-safe.
 */
public final class TextLayoutReader implements LayoutReader {

  private final ReadLimits limits;

  public TextLayoutReader() {
    this(ReadLimits.DEFAULT);
  }

  public TextLayoutReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Layout read(byte[] bytes, String fileName) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    if (bytes.length == 0) {
      diags.add(Severity.ERROR, TextCodes.EMPTY, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    int length = (int) Math.min(bytes.length, limits.maxBytes());
    if (length < bytes.length) {
      diags.add(
          Severity.WARNING,
          TextCodes.LIMIT_BYTES,
          SourceRef.NONE,
          fileName,
          limits.maxBytes(),
          bytes.length);
    }
    length = cutAtLineLimit(bytes, length, fileName, diags);
    LineScanner scanner =
        new LineScanner(decode(bytes, length, fileName, diags), fileName, limits, diags);
    List<Block> blocks = scanner.scan();
    int controlShare = scanner.controlShare();
    if (controlShare > 0) {
      return binary(diags, fileName, controlShare);
    }
    if (blocks.isEmpty()) {
      diags.add(Severity.ERROR, TextCodes.EMPTY, SourceRef.NONE, fileName);
    }
    return new Layout(blocks, diags.toList());
  }

  /** Decodes the bytes, saying which encoding was used and what could not be decoded. */
  private static String decode(byte[] bytes, int length, String fileName, Diagnostics diags) {
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, length);
    String charset = decoded.charset().name();
    diags.add(Severity.INFO, TextCodes.ENCODING, SourceRef.NONE, fileName, charset, decoded.bom());
    if (decoded.malformed() > 0) {
      diags.add(
          Severity.WARNING,
          TextCodes.ENCODING_LOSSY,
          SourceRef.NONE,
          fileName,
          charset,
          decoded.malformed());
    }
    return decoded.text();
  }

  /** No layout for bytes that are not text; what scanning them said about cells is dropped. */
  private Layout binary(Diagnostics diags, String fileName, int controlShare) {
    Diagnostics kept = new Diagnostics(limits.maxDiagnostics());
    for (var d : diags.toList()) {
      String c = d.code();
      if (!c.equals(TextCodes.LIMIT_CELLS)
          && !c.equals(TextCodes.LIMIT_ROWS)
          && !c.equals(TextCodes.LIMIT_TEXT)
          && !c.equals(TextCodes.SPACE_ROW)) {
        kept.add(d);
      }
    }
    kept.add(Severity.ERROR, TextCodes.BINARY, SourceRef.NONE, fileName, controlShare);
    return new Layout(List.of(), kept.toList());
  }

  /**
   * Keeps the bytes of the first {@code maxLines} lines. A newline byte never occurs inside a
   * multi-byte character of UTF-8 or GB18030, so the cut is safe before decoding; UTF-16 is cut by
   * the scanner instead.
   */
  private int cutAtLineLimit(byte[] bytes, int length, String fileName, Diagnostics diags) {
    if (length <= limits.maxLines()) {
      return length; // fewer bytes than the line limit: fewer lines too
    }
    if (length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) >= 0xFE)) {
      return length;
    }
    int max = limits.maxLines();
    int lines = 0;
    int i = 0;
    while (i < length && lines < max) {
      if (bytes[i++] == '\n') {
        lines++;
      }
    }
    int cut = i;
    if (cut >= length) {
      return length;
    }
    long total = lines;
    for (; i < length; i++) {
      total += bytes[i] == '\n' ? 1 : 0; // the true count, for the diagnostic
    }
    total += bytes[length - 1] == '\n' ? 0 : 1;
    diags.add(
        Severity.WARNING,
        TextCodes.LIMIT_LINES,
        SourceRef.NONE,
        fileName,
        limits.maxLines(),
        total);
    return cut;
  }

  /** Turns lines into blocks. One per read. */
  private static final class LineScanner {
    private final String text;
    private final String fileName;
    private final ReadLimits limits;
    private final Diagnostics diags;
    private final List<Block> blocks = new ArrayList<>();
    private final List<List<GridCell>> gridRows = new ArrayList<>();
    private int gridRowsSeen;
    private int spaceRows;
    private int controls;
    private int scanned;
    private int firstSpaceRowLine;

    LineScanner(String text, String fileName, ReadLimits limits, Diagnostics diags) {
      this.text = text;
      this.fileName = fileName;
      this.limits = limits;
      this.diags = diags;
    }

    List<Block> scan() {
      int lineNo = 0;
      int start = 0;
      int n = text.length();
      while (start < n) {
        int end = start;
        while (end < n) {
          char ch = text.charAt(end);
          if (ch == '\n' || ch == '\r') {
            break;
          }
          if (ch < 0x20 ? ch != '\t' && ch != '\f' : ch == 0x7F || ch == '\uFFFD') {
            controls++; // text of a real document has next to no control characters
          }
          end++;
        }
        scanned = end;
        lineNo++;
        if (lineNo > limits.maxLines()) {
          diags.add(
              Severity.WARNING,
              TextCodes.LIMIT_LINES,
              SourceRef.NONE,
              fileName,
              limits.maxLines(),
              countLines(start) + lineNo - 1);
          break;
        }
        line(text.substring(start, end), lineNo);
        start =
            end < n && text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n'
                ? end + 2
                : end + 1;
      }
      flushGrid();
      if (spaceRows > 0) {
        diags.add(Severity.INFO, TextCodes.SPACE_ROW, SourceRef.line(firstSpaceRowLine), spaceRows);
      }
      return blocks;
    }

    /**
     * The share (per cent, rounded up) of control characters and undecodable replacements in what
     * was scanned when it marks the text as binary, else 0.
     */
    int controlShare() {
      if (controls > 8 && (long) controls * 100 > scanned) {
        return (int) Math.ceil(controls * 100.0 / Math.max(scanned, 1));
      }
      return 0;
    }

    private int countLines(int from) {
      int c = 0;
      for (int i = from; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          c++;
        }
      }
      return c + 1;
    }

    private void line(String raw, int lineNo) {
      String line = raw;
      if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
        line = line.substring(1);
      }
      if (line.length() > limits.maxTextLength()) {
        diags.add(
            Severity.WARNING,
            TextCodes.LIMIT_TEXT,
            SourceRef.line(lineNo),
            limits.maxTextLength(),
            line.length());
        line = line.substring(0, limits.maxTextLength());
      }
      SourceRef at = SourceRef.line(lineNo);
      if (line.indexOf('\t') >= 0) {
        gridRow(TabRows.split(line, at, limits.maxCellsPerRow(), diags));
        return;
      }
      String t = Lines.strip(line);
      if (t.isEmpty() || t.indexOf('\f') >= 0 && Lines.strip(t.replace('\f', ' ')).isEmpty()) {
        return; // a blank line or a page break: grids continue across it
      }
      if (Lines.isPageArtefact(t)) {
        return;
      }
      List<GridCell> spaced = SpaceRows.split(t, at);
      if (spaced != null) {
        spaceRows++;
        if (firstSpaceRowLine == 0) {
          firstSpaceRowLine = lineNo;
        }
        gridRow(spaced);
        return;
      }
      flushGrid();
      int level = Lines.markdownHeadingLevel(t);
      if (level > 0) {
        blocks.add(new Block.Heading(Lines.strip(t.substring(level)), level, at));
      } else {
        blocks.add(new Block.Paragraph(Lines.stripBullet(t), at));
      }
    }

    private void gridRow(List<GridCell> cells) {
      gridRowsSeen++;
      if (gridRows.size() < limits.maxRowsPerGrid()) {
        gridRows.add(cells);
      }
    }

    /** Ends the grid in progress; a "grid" of lone cells is text (a title with a stray tab). */
    private void flushGrid() {
      if (gridRows.isEmpty()) {
        return;
      }
      if (gridRowsSeen > gridRows.size()) {
        diags.add(
            Severity.WARNING,
            TextCodes.LIMIT_ROWS,
            gridRows.get(0).get(0).source(),
            limits.maxRowsPerGrid(),
            gridRowsSeen);
      }
      boolean tabular = false;
      for (List<GridCell> r : gridRows) {
        if (nonBlank(r) >= 2) {
          tabular = true;
          break;
        }
      }
      if (tabular) {
        blocks.add(new Block.Grid(gridRows, gridRows.get(0).get(0).source()));
      } else {
        for (List<GridCell> r : gridRows) {
          for (GridCell c : r) {
            if (!c.isBlank()) {
              blocks.add(new Block.Paragraph(c.text(), c.source()));
            }
          }
        }
      }
      gridRows.clear();
      gridRowsSeen = 0;
    }

    private static int nonBlank(List<GridCell> r) {
      int c = 0;
      for (GridCell g : r) {
        if (!g.isBlank()) {
          c++;
        }
      }
      return c;
    }
  }
}
