package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ruling lines of one page in one direction: horizontal ones at a y from x {@code from} to x
 * {@code to}, or vertical ones at an x from y to y. Collected raw while the page is scanned (a
 * producer may draw one border as dozens of pieces, or as a thin filled rectangle), then merged:
 * pieces on the same line that touch or nearly touch become one rule.
 */
final class Rules {

  /** Lines closer than this (points) are one line: double borders, rounding, stroke widths. */
  static final float SAME_LINE = 1.5f;

  /** Pieces of a line separated by less than this (points) are one rule. */
  static final float JOIN_GAP = 2.5f;

  /** One merged rule. */
  record Rule(float pos, float from, float to) {
    float length() {
      return to - from;
    }

    /** Whether the rule covers the interval [a, b] for at least {@code share} of its length. */
    boolean covers(float a, float b, float share) {
      float overlap = Math.min(to, b) - Math.max(from, a);
      return overlap >= (b - a) * share;
    }
  }

  private float[] pos = new float[256];
  private float[] from = new float[256];
  private float[] to = new float[256];
  private int size;
  private final int max;
  private int dropped;

  Rules(int max) {
    this.max = max;
  }

  void add(float p, float a, float b) {
    if (size >= max) {
      dropped++;
      return;
    }
    if (size == pos.length) {
      pos = Arrays.copyOf(pos, size * 2);
      from = Arrays.copyOf(from, size * 2);
      to = Arrays.copyOf(to, size * 2);
    }
    pos[size] = p;
    from[size] = Math.min(a, b);
    to[size] = Math.max(a, b);
    size++;
  }

  int rawCount() {
    return size;
  }

  int dropped() {
    return dropped;
  }

  void clear() {
    size = 0;
    dropped = 0;
  }

  /** The merged rules, sorted by position then start. */
  List<Rule> merged() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Float.compare(pos[a], pos[b]));
    List<Rule> out = new ArrayList<>();
    int i = 0;
    while (i < size) {
      int j = i;
      float sum = 0;
      while (j < size && pos[order[j]] - pos[order[i]] <= SAME_LINE) {
        sum += pos[order[j]];
        j++;
      }
      joinPieces(order, i, j, sum / (j - i), out);
      i = j;
    }
    out.sort(
        (a, b) -> a.pos != b.pos ? Float.compare(a.pos, b.pos) : Float.compare(a.from, b.from));
    return out;
  }

  private void joinPieces(Integer[] order, int i, int j, float at, List<Rule> out) {
    Integer[] piece = Arrays.copyOfRange(order, i, j);
    Arrays.sort(piece, (a, b) -> Float.compare(from[a], from[b]));
    float a = from[piece[0]];
    float b = to[piece[0]];
    for (int k = 1; k < piece.length; k++) {
      int p = piece[k];
      if (from[p] <= b + JOIN_GAP) {
        b = Math.max(b, to[p]);
      } else {
        out.add(new Rule(at, a, b));
        a = from[p];
        b = to[p];
      }
    }
    out.add(new Rule(at, a, b));
  }
}
