package org.gongkai.read.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/** Walks one Word body in order and builds its blocks. One per read. */
final class DocxBlocks {

  private static final Pattern HEADING_STYLE =
      Pattern.compile("(?:heading|标题|title)\\s*(\\d)?", Pattern.CASE_INSENSITIVE);

  private static final Pattern DATA_START =
      Pattern.compile("(\\d{3,}|[-+]?[\\d,]+(\\.\\d+)?)(\\D.*)?");

  private final XWPFDocument doc;
  private final ReadLimits limits;
  private final Diagnostics diags;
  private final List<Block> blocks = new ArrayList<>();
  private int paragraphs;
  private int tables;
  private int seen;

  /** Whether only empty paragraphs (or page breaks) came since the last grid. */
  private boolean afterGrid;

  DocxBlocks(XWPFDocument doc, ReadLimits limits, Diagnostics diags) {
    this.doc = doc;
    this.limits = limits;
    this.diags = diags;
  }

  List<Block> read() {
    for (IBodyElement e : doc.getBodyElements()) {
      if (seen >= limits.maxLines()) {
        seen++;
        continue;
      }
      if (e instanceof XWPFParagraph p) {
        paragraph(p);
      } else if (e instanceof XWPFTable t) {
        table(t);
      } else if (e instanceof XWPFSDT sdt) {
        text(sdt.getContent().getText(), 0, SourceRef.page(0, "content control"));
      }
    }
    if (seen > limits.maxLines()) {
      diags.add(Severity.WARNING, DocxCodes.LIMIT_BLOCKS, SourceRef.NONE, limits.maxLines(), seen);
    }
    return blocks;
  }

  private void paragraph(XWPFParagraph p) {
    paragraphs++;
    String t = p.getText();
    if (t == null || t.isBlank()) {
      return; // empty paragraphs and page breaks: a following table may still continue the last
    }
    text(t, headingLevel(p), SourceRef.page(0, "paragraph " + paragraphs));
  }

  private void text(String raw, int level, SourceRef at) {
    String t = raw.strip();
    if (t.isEmpty()) {
      return;
    }
    seen++;
    afterGrid = false;
    if (t.length() > limits.maxTextLength()) {
      diags.add(Severity.WARNING, DocxCodes.LIMIT_TEXT, at, limits.maxTextLength(), t.length());
      t = t.substring(0, limits.maxTextLength());
    }
    blocks.add(level > 0 ? new Block.Heading(t, level, at) : new Block.Paragraph(t, at));
  }

  private void table(XWPFTable t) {
    tables++;
    seen++;
    Block.Grid g = new TableGrid(t, tables, limits, diags).grid();
    if (g.rows().isEmpty()) {
      return;
    }
    boolean continued = afterGrid && continues((Block.Grid) blocks.get(blocks.size() - 1), g);
    blocks.add(continued ? new Block.Grid(g.rows(), g.source(), true) : g);
    afterGrid = true;
  }

  /**
   * A table split from the one before it (by a page break, or by an editor): the same columns, and
   * either the same header row or no header at all (its first row is already data).
   */
  private static boolean continues(Block.Grid before, Block.Grid next) {
    if (before.width() != next.width()) {
      return false;
    }
    List<String> a = before.rows().get(0).stream().map(GridCell::text).toList();
    List<String> b = next.rows().get(0).stream().map(GridCell::text).toList();
    return a.equals(b) || isDataRow(b);
  }

  /** A row that starts with a classification code or an amount. */
  private static boolean isDataRow(List<String> row) {
    for (String s : row) {
      if (!s.isBlank()) {
        return DATA_START.matcher(s.strip()).matches();
      }
    }
    return false;
  }

  /** 1–9 for a heading style or an outline level, else 0. */
  private int headingLevel(XWPFParagraph p) {
    int outline = outlineLevel(p.getCTP().getPPr());
    if (outline > 0) {
      return outline;
    }
    String id = p.getStyleID();
    if (id == null) {
      return 0;
    }
    XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
    if (style != null && style.getCTStyle().getPPr() != null) {
      int o = outlineLevel(style.getCTStyle().getPPr());
      if (o > 0) {
        return o;
      }
    }
    String name = style != null && style.getName() != null ? style.getName() : id;
    for (String s : List.of(name, id)) {
      Matcher m = HEADING_STYLE.matcher(s.toLowerCase(Locale.ROOT));
      if (m.lookingAt()) {
        return m.group(1) == null ? 1 : Math.max(1, Integer.parseInt(m.group(1)));
      }
    }
    return 0;
  }

  private static int outlineLevel(Object pPr) {
    if (pPr instanceof CTPPr ppr && ppr.getOutlineLvl() != null) {
      BigInteger v = ppr.getOutlineLvl().getVal();
      // Level 9 is body text; 0–8 are heading levels 1–9.
      return v == null || v.intValue() >= 9 ? 0 : v.intValue() + 1;
    }
    return 0;
  }

  static int decimal(CTDecimalNumber n, int fallback) {
    if (n == null || n.getVal() == null) {
      return fallback;
    }
    BigInteger v = n.getVal();
    return v.signum() < 0 || v.bitLength() > 16 ? fallback : v.intValue();
  }
}
