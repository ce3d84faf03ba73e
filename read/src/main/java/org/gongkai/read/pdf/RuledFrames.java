package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds tables drawn with ruling lines. Rules that cross or touch form connected groups; a group
 * with at least two horizontal and two vertical rules is a table frame. Its column boundaries are
 * the x positions of its vertical rules, its row boundaries the y positions of its horizontal ones
 * (an outer border a producer left out is taken from the other rules' ends), and two neighbouring
 * elementary cells are one merged cell where the rule between them is missing.
 */
final class RuledFrames {

  /** How far (points) rules may miss each other and still be connected. */
  private static final float TOUCH = 2.5f;

  /** Boundaries closer than this (points) are one boundary. */
  private static final float MIN_BAND = 3f;

  /** A rule must cover this share of a cell side to close it. */
  private static final float COVER = 0.5f;

  /** Rules shorter than this (points) are marks, not borders. */
  private static final float MIN_RULE = 3f;

  /** Above this many merged rules per direction, a page is not searched for ruled tables. */
  static final int MAX_RULES = 4000;

  /**
   * A table frame: boundaries and, per elementary cell, the index of the merged cell that owns it.
   *
   * @param xs column boundaries, left to right (columns = xs.length - 1)
   * @param ys row boundaries, top to bottom
   * @param owner for each elementary cell [row][column], the id of its merged cell
   * @param cells the merged cells in row-major order of their top-left corner
   */
  record Frame(float[] xs, float[] ys, int[][] owner, List<Span> cells) {
    int rows() {
      return ys.length - 1;
    }

    int columns() {
      return xs.length - 1;
    }

    float left() {
      return xs[0];
    }

    float right() {
      return xs[xs.length - 1];
    }

    float top() {
      return ys[0];
    }

    float bottom() {
      return ys[ys.length - 1];
    }

    boolean contains(float x, float y) {
      return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** The merged cell at a point inside the frame. */
    int cellAt(float x, float y) {
      int c = band(xs, x);
      int r = band(ys, y);
      return owner[r][c];
    }

    private static int band(float[] bounds, float v) {
      int k = TextLines.lowerBound(bounds, v) - 1;
      return Math.max(0, Math.min(bounds.length - 2, k));
    }
  }

  /** A merged cell: top-left elementary cell and spans. */
  record Span(int row, int column, int rowSpan, int colSpan) {}

  private RuledFrames() {}

  static List<Frame> find(List<Rules.Rule> horizontal, List<Rules.Rule> vertical) {
    List<Rules.Rule> hs = longEnough(horizontal);
    List<Rules.Rule> vs = longEnough(vertical);
    if (hs.size() < 2 || vs.size() < 2 || hs.size() > MAX_RULES || vs.size() > MAX_RULES) {
      return List.of();
    }
    int[] parent = new int[hs.size() + vs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // vs is sorted by x: for each horizontal rule, only the vertical rules within its span.
    float[] vx = new float[vs.size()];
    for (int i = 0; i < vx.length; i++) {
      vx[i] = vs.get(i).pos();
    }
    for (int h = 0; h < hs.size(); h++) {
      Rules.Rule hr = hs.get(h);
      for (int k = TextLines.lowerBound(vx, hr.from() - TOUCH);
          k < vx.length && vx[k] <= hr.to() + TOUCH;
          k++) {
        Rules.Rule vr = vs.get(k);
        if (hr.pos() >= vr.from() - TOUCH && hr.pos() <= vr.to() + TOUCH) {
          union(parent, h, hs.size() + k);
        }
      }
    }
    java.util.Map<Integer, List<Rules.Rule>[]> groups = new java.util.LinkedHashMap<>();
    for (int j = 0; j < parent.length; j++) {
      @SuppressWarnings("unchecked")
      List<Rules.Rule>[] g =
          groups.computeIfAbsent(
              find(parent, j), k -> new List[] {new ArrayList<>(), new ArrayList<>()});
      if (j < hs.size()) {
        g[0].add(hs.get(j));
      } else {
        g[1].add(vs.get(j - hs.size()));
      }
    }
    List<Frame> frames = new ArrayList<>();
    for (List<Rules.Rule>[] g : groups.values()) {
      Frame f = frame(g[0], g[1]);
      if (f != null) {
        frames.add(f);
      }
    }
    frames.sort((a, b) -> Float.compare(a.top(), b.top()));
    return frames;
  }

  private static List<Rules.Rule> longEnough(List<Rules.Rule> rules) {
    List<Rules.Rule> out = new ArrayList<>(rules.size());
    for (Rules.Rule r : rules) {
      if (r.length() >= MIN_RULE) {
        out.add(r);
      }
    }
    return out;
  }

  private static Frame frame(List<Rules.Rule> hs, List<Rules.Rule> vs) {
    if (hs.size() < 2 || vs.size() < 2) {
      return null;
    }
    float minX = Float.MAX_VALUE;
    float maxX = -Float.MAX_VALUE;
    float minY = Float.MAX_VALUE;
    float maxY = -Float.MAX_VALUE;
    for (Rules.Rule h : hs) {
      minX = Math.min(minX, h.from());
      maxX = Math.max(maxX, h.to());
    }
    for (Rules.Rule v : vs) {
      minY = Math.min(minY, v.from());
      maxY = Math.max(maxY, v.to());
    }
    float[] xs = bounds(vs, minX, maxX);
    float[] ys = bounds(hs, minY, maxY);
    if (xs.length < 2 || ys.length < 2) {
      return null;
    }
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    List<List<Rules.Rule>> atX = byBoundary(vs, xs);
    List<List<Rules.Rule>> atY = byBoundary(hs, ys);
    boolean[][] openRight = new boolean[rows][cols];
    boolean[][] openBelow = new boolean[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c + 1 < cols; c++) {
        openRight[r][c] = !closed(atX.get(c + 1), ys[r], ys[r + 1]);
      }
    }
    for (int r = 0; r + 1 < rows; r++) {
      for (int c = 0; c < cols; c++) {
        openBelow[r][c] = !closed(atY.get(r + 1), xs[c], xs[c + 1]);
      }
    }
    return spans(xs, ys, openRight, openBelow);
  }

  /** Boundary positions from rule positions, with the outer edges added where no rule lies. */
  private static float[] bounds(List<Rules.Rule> rules, float min, float max) {
    float[] p = new float[rules.size() + 2];
    int n = 0;
    for (Rules.Rule r : rules) {
      p[n++] = r.pos();
    }
    p[n++] = min;
    p[n++] = max;
    Arrays.sort(p, 0, n);
    float[] out = new float[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (p[i] < min - TOUCH || p[i] > max + TOUCH) {
        continue;
      }
      if (m > 0 && p[i] - out[m - 1] < MIN_BAND) {
        continue;
      }
      out[m++] = p[i];
    }
    return Arrays.copyOf(out, m);
  }

  /** The rules lying on each boundary. */
  private static List<List<Rules.Rule>> byBoundary(List<Rules.Rule> rules, float[] bounds) {
    List<List<Rules.Rule>> out = new ArrayList<>(bounds.length);
    for (int i = 0; i < bounds.length; i++) {
      out.add(new ArrayList<>());
    }
    for (Rules.Rule r : rules) {
      int k = TextLines.lowerBound(bounds, r.pos() - TOUCH);
      for (; k < bounds.length && bounds[k] <= r.pos() + TOUCH; k++) {
        out.get(k).add(r);
      }
    }
    return out;
  }

  /** Whether the rules on a boundary cover the side from {@code a} to {@code b}. */
  private static boolean closed(List<Rules.Rule> rules, float a, float b) {
    float covered = 0;
    for (Rules.Rule r : rules) {
      covered += Math.max(0, Math.min(r.to(), b) - Math.max(r.from(), a));
    }
    return covered >= (b - a) * COVER;
  }

  /** Greedy merge: each free elementary cell grows right, then down, over missing rules. */
  private static Frame spans(float[] xs, float[] ys, boolean[][] openRight, boolean[][] openBelow) {
    int rows = ys.length - 1;
    int cols = xs.length - 1;
    int[][] owner = new int[rows][cols];
    for (int[] row : owner) {
      Arrays.fill(row, -1);
    }
    List<Span> cells = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        if (owner[r][c] >= 0) {
          continue;
        }
        int cs = 1;
        while (c + cs < cols && openRight[r][c + cs - 1] && owner[r][c + cs] < 0) {
          cs++;
        }
        int rs = 1;
        while (r + rs < rows && allOpenBelow(openBelow, owner, r + rs - 1, c, cs)) {
          rs++;
        }
        int id = cells.size();
        cells.add(new Span(r, c, rs, cs));
        for (int i = r; i < r + rs; i++) {
          for (int j = c; j < c + cs; j++) {
            owner[i][j] = id;
          }
        }
      }
    }
    return new Frame(xs, ys, owner, List.copyOf(cells));
  }

  private static boolean allOpenBelow(boolean[][] openBelow, int[][] owner, int r, int c, int cs) {
    for (int j = c; j < c + cs; j++) {
      if (!openBelow[r][j] || owner[r + 1][j] >= 0) {
        return false;
      }
    }
    return true;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
