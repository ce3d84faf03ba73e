package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups a page's glyphs into text lines and each line into chunks: runs of glyphs with no gap, the
 * unit that is placed into a table cell. A chunk is cut where the glyphs leave a gap, and where a
 * vertical ruling line runs through a gap between two glyphs; a rule that runs through a glyph
 * (digits set wider than their cell, as Word does) cuts nothing, so a figure is never split. Glyphs
 * are sorted once by their centres (O(n log n)); nothing here compares every glyph with every
 * other.
 */
final class TextLines {

  /** A gap wider than this share of the font size separates chunks. */
  static final float CHUNK_GAP = 0.25f;

  /** A gap at a vertical rule wider than this share of the font size separates chunks. */
  private static final float RULE_GAP = 0.05f;

  /** Glyph centres within this share of the font size are on one line. */
  private static final float SAME_LINE = 0.4f;

  /**
   * A run of glyphs on one line, in reading order.
   *
   * @param line the index of its line in the page's line list
   */
  record Chunk(
      String text,
      float left,
      float right,
      float top,
      float bottom,
      float centreY,
      float size,
      int line,
      boolean upright) {
    float centreX() {
      return (left + right) / 2;
    }
  }

  /** A line of text: its chunks left to right. */
  record TextLine(List<Chunk> chunks, float top, float bottom, float size, boolean upright) {
    float left() {
      return chunks.get(0).left();
    }

    float right() {
      return chunks.get(chunks.size() - 1).right();
    }
  }

  private TextLines() {}

  /**
   * The page's lines, top to bottom. Upright glyphs make lines; a glyph set at an angle (a rotated
   * header cell, a watermark) is a line of its own.
   *
   * @param verticals merged vertical rules, sorted by position
   */
  static List<TextLine> of(Glyphs g, List<Rules.Rule> verticals) {
    long[] order = new long[g.size];
    for (int i = 0; i < g.size; i++) {
      order[i] = ((long) Float.floatToIntBits(Math.max(0f, g.centreY[i])) << 32) | i;
    }
    Arrays.sort(order);
    float[] ruleX = new float[verticals.size()];
    for (int i = 0; i < ruleX.length; i++) {
      ruleX[i] = verticals.get(i).pos();
    }
    List<TextLine> lines = new ArrayList<>();
    int[] run = new int[Math.max(16, g.size)];
    int i = 0;
    while (i < order.length) {
      int first = (int) order[i];
      if (!g.upright[first]) {
        run[0] = first;
        addLine(g, run, 1, lines, ruleX, verticals);
        i++;
        continue;
      }
      int n = 0;
      float sumY = 0;
      float tol = g.fontSize[first] * SAME_LINE;
      int j = i;
      while (j < order.length) {
        int k = (int) order[j];
        if (!g.upright[k]) {
          j++;
          continue; // handled on its own when the outer loop reaches it
        }
        float mean = n == 0 ? g.centreY[k] : sumY / n;
        if (g.centreY[k] - mean > Math.max(tol, g.fontSize[k] * SAME_LINE) * 1f) {
          break;
        }
        run[n++] = k;
        sumY += g.centreY[k];
        j++;
      }
      addLine(g, run, n, lines, ruleX, verticals);
      // Rotated glyphs skipped above are emitted as their own lines.
      for (int k = i + 1; k < j; k++) {
        int idx = (int) order[k];
        if (!g.upright[idx]) {
          run[0] = idx;
          addLine(g, run, 1, lines, ruleX, verticals);
        }
      }
      i = j;
    }
    return lines;
  }

  private static void addLine(
      Glyphs g, int[] run, int n, List<TextLine> lines, float[] ruleX, List<Rules.Rule> rules) {
    long[] byX = new long[n];
    for (int k = 0; k < n; k++) {
      byX[k] = ((long) Float.floatToIntBits(Math.max(0f, g.centreX[run[k]])) << 32) | run[k];
    }
    Arrays.sort(byX);
    int lineNo = lines.size();
    List<Chunk> chunks = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    int start = -1;
    int prev = -1;
    float top = Float.MAX_VALUE;
    float bottom = -Float.MAX_VALUE;
    float sumCy = 0;
    float maxSize = 0;
    int count = 0;
    for (int k = 0; k < n; k++) {
      int idx = (int) byX[k];
      if (prev >= 0 && isDuplicate(g, prev, idx)) {
        continue;
      }
      if (prev >= 0 && cuts(g, prev, idx, ruleX, rules)) {
        chunks.add(chunk(g, sb, start, prev, top, bottom, sumCy / count, maxSize, lineNo));
        sb.setLength(0);
        top = Float.MAX_VALUE;
        bottom = -Float.MAX_VALUE;
        sumCy = 0;
        maxSize = 0;
        count = 0;
        start = -1;
      }
      if (start < 0) {
        start = idx;
      }
      sb.append(g.text[idx]);
      top = Math.min(top, g.top[idx]);
      bottom = Math.max(bottom, g.bottom[idx]);
      sumCy += g.centreY[idx];
      maxSize = Math.max(maxSize, g.fontSize[idx]);
      count++;
      prev = idx;
    }
    if (count == 0) {
      return;
    }
    chunks.add(chunk(g, sb, start, prev, top, bottom, sumCy / count, maxSize, lineNo));
    lines.add(line(chunks, g.upright[start]));
  }

  /** A line of the given chunks (in order). */
  static TextLine line(List<Chunk> chunks, boolean upright) {
    float lt = Float.MAX_VALUE;
    float lb = -Float.MAX_VALUE;
    float size = 0;
    for (Chunk c : chunks) {
      lt = Math.min(lt, c.top());
      lb = Math.max(lb, c.bottom());
      size = Math.max(size, c.size());
    }
    return new TextLine(List.copyOf(chunks), lt, lb, size, upright);
  }

  private static Chunk chunk(
      Glyphs g,
      StringBuilder sb,
      int first,
      int last,
      float top,
      float bottom,
      float cy,
      float size,
      int line) {
    float left = Math.min(g.left[first], g.left[last]);
    float right = Math.max(g.right[first], g.right[last]);
    return new Chunk(sb.toString(), left, right, top, bottom, cy, size, line, g.upright[first]);
  }

  /**
   * The same glyph drawn twice at nearly the same place: a fake bold, or an overprint. "Nearly" is
   * a quarter of the glyph's width, so that the two f of "office" are both kept.
   */
  private static boolean isDuplicate(Glyphs g, int a, int b) {
    float width = Math.min(g.right[a] - g.left[a], g.right[b] - g.left[b]);
    float tol = Math.max(0.25f * width, 0.02f * g.fontSize[a]);
    return Math.abs(g.centreX[a] - g.centreX[b]) < tol
        && Math.abs(g.centreY[a] - g.centreY[b]) < 0.1f * g.fontSize[a]
        && g.text[a].equals(g.text[b]);
  }

  private static boolean cuts(Glyphs g, int a, int b, float[] ruleX, List<Rules.Rule> rules) {
    float size = Math.min(g.fontSize[a], g.fontSize[b]);
    float gap = g.left[b] - g.right[a];
    if (gap > CHUNK_GAP * size) {
      return true;
    }
    if (gap <= RULE_GAP * size || ruleX.length == 0) {
      return false;
    }
    // A vertical rule in the gap (not through either glyph) separates two cells.
    float from = g.right[a] - RULE_GAP * size;
    float to = g.left[b] + RULE_GAP * size;
    int k = lowerBound(ruleX, from);
    float y = (g.centreY[a] + g.centreY[b]) / 2;
    for (; k < ruleX.length && ruleX[k] <= to; k++) {
      Rules.Rule r = rules.get(k);
      if (r.from() <= y && y <= r.to()) {
        return true;
      }
    }
    return false;
  }

  static int lowerBound(float[] a, float key) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
