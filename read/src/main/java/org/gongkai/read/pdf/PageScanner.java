package org.gongkai.read.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One pass over a page's content stream that collects both what a table reader needs: the glyphs
 * (text, position, size) and the ruling lines (stroked segments, thin filled rectangles). Doing
 * both in one pass keeps the cost near that of bare text extraction. Type 3 glyph procedures are
 * not run (their drawings are not rules), images are only measured, never decoded.
 */
final class PageScanner extends PDFGraphicsStreamEngine {

  /** A filled rectangle thinner than this (points) is a rule. */
  private static final float THIN = 2.5f;

  /** Where the centre of a glyph lies above its baseline, as a share of the font size. */
  private static final float CENTRE_RISE = 0.35f;

  private static final float ASCENT = 0.85f;
  private static final float DESCENT = 0.15f;

  private final PageFrame frame;
  private final int maxGlyphs;
  final Glyphs glyphs;
  final Rules horizontal;
  final Rules vertical;
  int droppedGlyphs;
  int unmappedGlyphs;
  int garbageGlyphs;
  double imageArea;
  final Map<String, Integer> garbageByFont = new HashMap<>();

  // The path under construction, in user space: subpaths as runs of points.
  private float[] px = new float[64];
  private float[] py = new float[64];
  private int points;
  private int[] subStart = new int[16];
  private boolean[] subClosed = new boolean[16];
  private int subs;
  private float curX;
  private float curY;

  PageScanner(PDPage page, PageFrame frame, Glyphs glyphs, int maxGlyphs, int maxRules) {
    super(page);
    this.frame = frame;
    this.glyphs = glyphs;
    this.maxGlyphs = maxGlyphs;
    this.horizontal = new Rules(maxRules);
    this.vertical = new Rules(maxRules);
  }

  void scan() throws IOException {
    processPage(getPage());
  }

  // ---- text ----

  @Override
  protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement)
      throws IOException {
    String t = font.toUnicode(code);
    if (t == null || t.isEmpty()) {
      unmappedGlyphs++;
      garbageByFont.merge(fontName(font), 1, Integer::sum);
      t = "\uFFFD";
    } else if (t.length() == 1 && Character.isWhitespace(t.charAt(0))) {
      return;
    } else if (GlyphText.isGarbage(t)) {
      garbageGlyphs++;
      garbageByFont.merge(fontName(font), 1, Integer::sum);
    }
    if (glyphs.size >= maxGlyphs) {
      droppedGlyphs++;
      return;
    }
    record(GlyphText.normalise(t), trm, font.isVertical() ? 0 : displacement.getX());
  }

  private void record(String t, Matrix trm, float advance) {
    float a = trm.getScaleX();
    float b = trm.getShearY();
    float c = trm.getShearX();
    float d = trm.getScaleY();
    float ox = frame.x(trm.getTranslateX(), trm.getTranslateY());
    float oy = frame.y(trm.getTranslateX(), trm.getTranslateY());
    float advX = frame.dx(a * advance, b * advance);
    float advY = frame.dy(a * advance, b * advance);
    float upX = frame.dx(c, d);
    float upY = frame.dy(c, d);
    float size = (float) Math.hypot(c, d);
    if (!(size > 0)
        || !Float.isFinite(size)
        || !Float.isFinite(ox)
        || !Float.isFinite(oy)
        || !Float.isFinite(advX)
        || !Float.isFinite(advY)) {
      return; // a degenerate or hostile matrix: nothing a reader could place
    }
    boolean upright = upY < 0 && Math.abs(upX) < 0.1f * size && advX >= 0;
    float cx = ox + advX / 2 + upX * CENTRE_RISE;
    float cy = oy + advY / 2 + upY * CENTRE_RISE;
    if (cx < 0 || cy < 0 || cx > frame.width() || cy > frame.height()) {
      return; // outside the visible page
    }
    float x1 = ox + upX * ASCENT;
    float y1 = oy + upY * ASCENT;
    float x2 = ox - upX * DESCENT + advX;
    float y2 = oy - upY * DESCENT + advY;
    glyphs.add(
        t,
        Math.min(Math.min(ox, ox + advX), Math.min(x1, x2)),
        Math.max(Math.max(ox, ox + advX), Math.max(x1, x2)),
        Math.min(Math.min(oy, oy + advY), Math.min(y1, y2)),
        Math.max(Math.max(oy, oy + advY), Math.max(y1, y2)),
        cx,
        cy,
        size,
        upright);
  }

  private static String fontName(PDFont font) {
    String n = font.getName();
    return n == null ? "?" : n;
  }

  // ---- images ----

  @Override
  public void drawImage(PDImage pdImage) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    imageArea += Math.abs(ctm.getScaleX() * ctm.getScaleY() - ctm.getShearX() * ctm.getShearY());
  }

  @Override
  public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

  // ---- paths ----

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    moveTo((float) p0.getX(), (float) p0.getY());
    lineTo((float) p1.getX(), (float) p1.getY());
    lineTo((float) p2.getX(), (float) p2.getY());
    lineTo((float) p3.getX(), (float) p3.getY());
    closePath();
  }

  @Override
  public void moveTo(float x, float y) {
    if (subs == subStart.length) {
      subStart = Arrays.copyOf(subStart, subs * 2);
      subClosed = Arrays.copyOf(subClosed, subs * 2);
    }
    subStart[subs] = points;
    subClosed[subs] = false;
    subs++;
    point(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    if (subs == 0) {
      moveTo(curX, curY);
    }
    point(x, y);
  }

  private void point(float x, float y) {
    if (points == px.length) {
      px = Arrays.copyOf(px, points * 2);
      py = Arrays.copyOf(py, points * 2);
    }
    px[points] = x;
    py[points] = y;
    points++;
    curX = x;
    curY = y;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    // A curve is no rule: start a new subpath at its end so that no segment spans it.
    moveTo(x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float(curX, curY);
  }

  @Override
  public void closePath() {
    if (subs > 0) {
      subClosed[subs - 1] = true;
      int s = subStart[subs - 1];
      curX = px[s];
      curY = py[s];
    }
  }

  @Override
  public void endPath() {
    points = 0;
    subs = 0;
  }

  @Override
  public void clip(int windingRule) {}

  @Override
  public void strokePath() {
    if (!isWhite(getGraphicsState().getStrokingColor())) {
      for (int s = 0; s < subs; s++) {
        strokeSubpath(s);
      }
    }
    endPath();
  }

  @Override
  public void fillPath(int windingRule) {
    if (!isWhite(getGraphicsState().getNonStrokingColor())) {
      for (int s = 0; s < subs; s++) {
        fillSubpath(s);
      }
    }
    endPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) {
    boolean stroke = !isWhite(getGraphicsState().getStrokingColor());
    boolean fill = !isWhite(getGraphicsState().getNonStrokingColor());
    for (int s = 0; s < subs; s++) {
      if (stroke) {
        strokeSubpath(s);
      } else if (fill) {
        fillSubpath(s);
      }
    }
    endPath();
  }

  private int subEnd(int s) {
    return s + 1 < subs ? subStart[s + 1] : points;
  }

  private void strokeSubpath(int s) {
    int a = subStart[s];
    int e = subEnd(s);
    for (int i = a; i + 1 < e; i++) {
      segment(px[i], py[i], px[i + 1], py[i + 1]);
    }
    if (subClosed[s] && e - a > 2) {
      segment(px[e - 1], py[e - 1], px[a], py[a]);
    }
  }

  /** A thin filled rectangle is a rule along its long side; anything else filled is not. */
  private void fillSubpath(int s) {
    int a = subStart[s];
    int e = subEnd(s);
    int n = e - a;
    if (n < 4 || n > 5) {
      return;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (int i = a; i < e; i++) {
      float x = frame.x(px[i], py[i]);
      float y = frame.y(px[i], py[i]);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    if (!isAxisAligned(a, e) || !Float.isFinite(minX + maxX + minY + maxY)) {
      return;
    }
    float w = maxX - minX;
    float h = maxY - minY;
    if (h <= THIN && w > h) {
      horizontal.add((minY + maxY) / 2, minX, maxX);
    } else if (w <= THIN && h > w) {
      vertical.add((minX + maxX) / 2, minY, maxY);
    }
  }

  private boolean isAxisAligned(int a, int e) {
    for (int i = a; i < e; i++) {
      int j = i + 1 < e ? i + 1 : a;
      if (Math.abs(px[i] - px[j]) > 0.5f && Math.abs(py[i] - py[j]) > 0.5f) {
        return false;
      }
    }
    return true;
  }

  private void segment(float ux1, float uy1, float ux2, float uy2) {
    float x1 = frame.x(ux1, uy1);
    float y1 = frame.y(ux1, uy1);
    float x2 = frame.x(ux2, uy2);
    float y2 = frame.y(ux2, uy2);
    if (!Float.isFinite(x1 + y1 + x2 + y2)) {
      return;
    }
    if (Math.abs(y1 - y2) <= 0.5f && Math.abs(x1 - x2) > 0.5f) {
      horizontal.add((y1 + y2) / 2, x1, x2);
    } else if (Math.abs(x1 - x2) <= 0.5f && Math.abs(y1 - y2) > 0.5f) {
      vertical.add((x1 + x2) / 2, y1, y2);
    }
  }

  /** White paint hides rather than draws: a white rectangle or line is no rule. */
  private static boolean isWhite(PDColor color) {
    if (color == null || color.getPatternName() != null) {
      return false;
    }
    float[] c = color.getComponents();
    PDColorSpace cs = color.getColorSpace();
    if (cs instanceof PDDeviceGray) {
      return c.length == 1 && c[0] >= 0.99f;
    }
    if (cs instanceof PDDeviceRGB) {
      return c.length == 3 && c[0] >= 0.99f && c[1] >= 0.99f && c[2] >= 0.99f;
    }
    if (cs instanceof PDDeviceCMYK) {
      return c.length == 4 && c[0] <= 0.01f && c[1] <= 0.01f && c[2] <= 0.01f && c[3] <= 0.01f;
    }
    return false;
  }
}
