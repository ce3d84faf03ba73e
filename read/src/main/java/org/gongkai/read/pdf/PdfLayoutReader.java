package org.gongkai.read.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;

/**
 * Reads a PDF into a layout: per page, tables rebuilt from their ruling lines (or, where there are
 * none, from the alignment of their text), headings and paragraphs, in reading order. Every block
 * and cell carries its page and box. A table carried over a page break is one grid per page, the
 * later ones marked as continuing the one before; nothing is merged or dropped here.
 *
 * <p>No per-file parameters: every threshold is relative to the font size or the rules found. Pages
 * without a text layer, fonts that map their glyphs to garbage, encrypted or damaged files are
 * reported as diagnostics, never thrown. Stateless and thread-safe.
 */
public final class PdfLayoutReader implements LayoutReader {

  /** Glyphs and raw rule pieces kept per page: far beyond any real page. */
  static final int MAX_GLYPHS_PER_PAGE = 200_000;

  static final int MAX_RULES_PER_PAGE = 100_000;

  /**
   * Decoded content bytes read per page and per document. A real page's content is a few hundred
   * kilobytes at most; a compressed stream of zeros can inflate a thousandfold, and reading it
   * would take minutes, so content past these bounds is not read.
   */
  static final long MAX_CONTENT_PER_PAGE = 16L << 20;

  static final long MAX_CONTENT_PER_DOCUMENT = 256L << 20;

  /** Garbled glyphs beyond this share of a page's glyphs make its text garbage. */
  private static final double GARBLED_SHARE = 0.2;

  private final ReadLimits limits;

  public PdfLayoutReader() {
    this(ReadLimits.DEFAULT);
  }

  public PdfLayoutReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Layout read(byte[] bytes, String fileName) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    if (bytes.length == 0) {
      diags.add(Severity.ERROR, PdfCodes.EMPTY, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    if (bytes.length > limits.maxBytes()) {
      diags.add(
          Severity.ERROR,
          PdfCodes.TOO_LARGE,
          SourceRef.NONE,
          fileName,
          limits.maxBytes(),
          bytes.length);
      return new Layout(List.of(), diags.toList());
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      return new Layout(readPages(doc, fileName, diags), diags.toList());
    } catch (InvalidPasswordException e) {
      diags.add(Severity.ERROR, PdfCodes.ENCRYPTED, SourceRef.NONE, fileName);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // PDFBox signals damaged input with IOExceptions and, on some malformed structures, with
      // runtime exceptions or deep recursion; all mean the same to a reader: not a usable PDF.
      diags.add(Severity.ERROR, PdfCodes.CORRUPT, SourceRef.NONE, fileName, reason(e));
    }
    return new Layout(List.of(), diags.toList());
  }

  private List<Block> readPages(PDDocument doc, String fileName, Diagnostics diags) {
    int total = doc.getNumberOfPages();
    int n = Math.min(total, limits.maxPages());
    if (n < total) {
      diags.add(
          Severity.WARNING,
          PdfCodes.LIMIT_PAGES,
          SourceRef.NONE,
          fileName,
          limits.maxPages(),
          total);
    }
    diags.add(Severity.INFO, PdfCodes.PAGES, SourceRef.NONE, fileName, n, total);
    PageStats stats = new PageStats();
    long[] contentBudget = {MAX_CONTENT_PER_DOCUMENT};
    List<Block> blocks = new ArrayList<>();
    Glyphs glyphs = new Glyphs();
    Placed previous = null;
    float previousHeight = 0;
    float body = 0;
    for (int p = 1; p <= n; p++) {
      List<Placed> page = readPage(doc, p, glyphs, body, fileName, stats, contentBudget, diags);
      if (page.isEmpty()) {
        previous = null;
        continue;
      }
      body = stats.bodySize(body);
      Placed first = page.get(0);
      if (previous != null
          && first.isGrid()
          && previous.isGrid()
          && continues(previous, first, previousHeight)) {
        Block.Grid g = (Block.Grid) first.block();
        page.set(0, first.withBlock(new Block.Grid(g.rows(), g.source(), true)));
      }
      for (Placed pl : page) {
        blocks.add(pl.block());
      }
      previous = page.get(page.size() - 1);
      previousHeight = stats.lastHeight;
    }
    stats.report(fileName, n, diags);
    if (blocks.isEmpty() && !diags.hasError()) {
      diags.add(Severity.ERROR, PdfCodes.NO_CONTENT, SourceRef.NONE, fileName, total);
    }
    return blocks;
  }

  private List<Placed> readPage(
      PDDocument doc,
      int p,
      Glyphs glyphs,
      float body,
      String fileName,
      PageStats stats,
      long[] contentBudget,
      Diagnostics diags) {
    SourceRef at = SourceRef.page(p, "");
    try {
      PDPage page = doc.getPage(p - 1);
      long content = contentSize(page, Math.min(MAX_CONTENT_PER_PAGE, contentBudget[0]) + 1);
      contentBudget[0] -= content;
      if (content > MAX_CONTENT_PER_PAGE || contentBudget[0] < 0) {
        diags.add(
            Severity.WARNING,
            PdfCodes.LIMIT_CONTENT,
            at,
            fileName,
            Math.min(MAX_CONTENT_PER_PAGE, MAX_CONTENT_PER_DOCUMENT) >> 20);
        return new ArrayList<>();
      }
      PageFrame frame = PageFrame.of(page);
      glyphs.clear();
      PageScanner scanner =
          new PageScanner(page, frame, glyphs, MAX_GLYPHS_PER_PAGE, MAX_RULES_PER_PAGE);
      scanner.scan();
      stats.page(p, scanner, glyphs, frame);
      int over = scanner.droppedGlyphs + scanner.horizontal.dropped() + scanner.vertical.dropped();
      if (over > 0) {
        diags.add(
            Severity.WARNING,
            PdfCodes.LIMIT_GLYPHS,
            at,
            MAX_GLYPHS_PER_PAGE,
            glyphs.size + scanner.droppedGlyphs);
      }
      return new ArrayList<>(
          PageLayout.of(
              p, frame, glyphs, scanner.horizontal, scanner.vertical, body, limits, diags));
    } catch (IOException | RuntimeException | StackOverflowError e) {
      diags.add(Severity.WARNING, PdfCodes.PAGE_FAILED, at, fileName, reason(e));
      return new ArrayList<>();
    }
  }

  /**
   * Whether a page's first grid continues the previous page's last one. It has no title above it,
   * since it is the first block on its page. It continues when it repeats the header row; or when
   * it has the same outer edges and either one grid's column boundaries are among the other's (a
   * header split from its body, a body whose header cells had more columns) or the grid before ran
   * to the foot of its page. A grid that starts with the same label as the grid before but other
   * content is the next instance of a form (one sheet per project), not a continuation; one whose
   * first row is a single cell across the table has its title inside.
   */
  static boolean continues(Placed before, Placed next, float pageHeight) {
    List<String> h = next.header();
    List<String> bh = before.header();
    if (titledInside((Block.Grid) next.block())) {
      return false;
    }
    if (!h.isEmpty() && h.equals(bh) && h.stream().anyMatch(s -> !s.isBlank())) {
      return true;
    }
    if (!h.isEmpty() && !bh.isEmpty() && !h.get(0).isBlank() && h.get(0).equals(bh.get(0))) {
      return false;
    }
    float[] a = before.columns();
    float[] b = next.columns();
    if (a.length < 2 || b.length < 2) {
      return false;
    }
    boolean edges = near(a[0], b[0]) && near(a[a.length - 1], b[b.length - 1]);
    boolean full = before.bottom() >= pageHeight * 0.75f;
    return edges && (within(a, b) || within(b, a) || full);
  }

  /** Whether a grid's first row is a single cell across (most of) the table: a title inside it. */
  private static boolean titledInside(Block.Grid g) {
    if (g.rows().isEmpty() || g.width() < 2) {
      return false;
    }
    GridCell only = null;
    for (GridCell c : g.rows().get(0)) {
      if (!c.isBlank()) {
        if (only != null) {
          return false;
        }
        only = c;
      }
    }
    return only != null && only.colSpan() * 2 >= g.width();
  }

  private static boolean within(float[] few, float[] many) {
    for (float x : few) {
      boolean found = false;
      for (float y : many) {
        found |= near(x, y);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean near(float a, float b) {
    return Math.abs(a - b) <= 3f;
  }

  /** The decoded size of a page's content streams, counted up to a cap. */
  private static long contentSize(PDPage page, long cap) throws IOException {
    if (!page.hasContents()) {
      return 0;
    }
    long n = 0;
    byte[] buf = new byte[1 << 16];
    try (java.io.InputStream in = page.getContents()) {
      int r;
      while (n < cap && (r = in.read(buf)) > 0) {
        n += r;
      }
    }
    return n;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    String name = e.getClass().getSimpleName();
    if (m == null || m.isBlank()) {
      return name;
    }
    return name + ": " + (m.length() > 200 ? m.substring(0, 200) : m);
  }

  /** What the pages had in them, for the document-level diagnostics. */
  private static final class PageStats {
    private final List<Integer> noText = new ArrayList<>();
    private final List<Integer> blank = new ArrayList<>();
    private final List<Integer> garbled = new ArrayList<>();
    private final Map<String, Integer> garbledFonts = new TreeMap<>();
    private final Map<Integer, Integer> sizes = new TreeMap<>();
    private long glyphCount;
    float lastHeight;
    private long garbledCount;

    void page(int p, PageScanner s, Glyphs g, PageFrame frame) {
      lastHeight = frame.height();
      int bad = s.unmappedGlyphs + s.garbageGlyphs;
      glyphCount += g.size;
      garbledCount += bad;
      if (g.size == 0) {
        (s.imageArea > 0 ? noText : blank).add(p);
        return;
      }
      if (bad >= 10 && bad > g.size * GARBLED_SHARE) {
        garbled.add(p);
        s.garbageByFont.forEach((f, c) -> garbledFonts.merge(f, c, Integer::sum));
      }
      for (int i = 0; i < g.size; i++) {
        sizes.merge(Math.round(g.fontSize[i] * 2), 1, Integer::sum);
      }
    }

    float bodySize(float fallback) {
      int best = -1;
      int count = 0;
      for (var e : sizes.entrySet()) {
        if (e.getValue() > count) {
          best = e.getKey();
          count = e.getValue();
        }
      }
      return best < 0 ? fallback : best / 2f;
    }

    void report(String fileName, int pages, Diagnostics diags) {
      if (!noText.isEmpty()) {
        boolean none = noText.size() + blank.size() == pages;
        diags.add(
            none ? Severity.ERROR : Severity.WARNING,
            PdfCodes.NO_TEXT,
            SourceRef.page(noText.get(0), ""),
            fileName,
            ranges(noText),
            noText.size());
      }
      if (!blank.isEmpty()) {
        diags.add(Severity.INFO, PdfCodes.BLANK, SourceRef.page(blank.get(0), ""), ranges(blank));
      }
      if (!garbled.isEmpty()) {
        diags.add(
            Severity.WARNING,
            PdfCodes.GARBLED,
            SourceRef.page(garbled.get(0), ""),
            fileName,
            ranges(garbled),
            String.join("、", garbledFonts.keySet()),
            Math.round(100.0 * garbledCount / Math.max(1, glyphCount)));
      }
    }
  }

  /** Pages as ranges: 3, 5-7, 9. */
  static String ranges(List<Integer> pages) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < pages.size()) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(pages.get(i));
      if (j > i) {
        sb.append('-').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }
}
