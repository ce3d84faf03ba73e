package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.read.layout.GridCell;

/**
 * Places the printed cells of one row whose count does not match the table's columns (the text form
 * drops empty cells, and sometimes adds one). Labels go to the stub columns by what they are (code
 * parts by length, names in order, a code-led name to a code-and-name column); the values, kept in
 * printed order, may sit in any order-preserving choice of the side's value columns: every choice
 * is a candidate, scored later by the identities the values must satisfy.
 */
final class RowFit {

  /** Candidate choices beyond this many are not enumerated; the row is left-packed instead. */
  static final int MAX_CANDIDATES = 20_000;

  /** A printed cell: its text and where it was printed. */
  record Token(String text, int printed) {}

  /** The outcome: stub texts by position, value tokens, and the candidate value positions. */
  static final class Result {
    final String[] stub;
    final List<Token> values = new ArrayList<>();
    final List<int[]> candidates = new ArrayList<>();
    boolean tooMany;
    boolean capped;

    Result(int width) {
      stub = new String[width];
    }
  }

  private RowFit() {}

  static Result fit(List<GridCell> cells, List<Column> columns, int width) {
    Result r = new Result(width);
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      String t = cells.get(i).text();
      if (!t.isBlank()) {
        tokens.add(new Token(t, i));
      }
    }
    int sides = columns.stream().mapToInt(Column::side).max().orElse(0) + 1;
    List<List<Token>> valuesBySide = new ArrayList<>();
    for (int s = 0; s < sides; s++) {
      valuesBySide.add(new ArrayList<>());
    }
    assignLabels(tokens, columns, sides, r, valuesBySide);
    List<List<int[]>> perSide = new ArrayList<>();
    for (int s = 0; s < sides; s++) {
      List<Column> valueCols = valueColumns(columns, s);
      List<Token> vs = valuesBySide.get(s);
      if (vs.size() > valueCols.size()) {
        r.tooMany = true;
        return r;
      }
      perSide.add(choices(vs, valueCols, r, width - cells.size()));
    }
    for (List<Token> vs : valuesBySide) {
      r.values.addAll(vs);
    }
    product(perSide, 0, new int[r.values.size()], 0, r.candidates);
    return r;
  }

  private static void assignLabels(
      List<Token> tokens, List<Column> columns, int sides, Result r, List<List<Token>> values) {
    int side = 0;
    int stubPtr = 0;
    List<Column> stubs = stubColumns(columns, side);
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      boolean amount = Amounts.isAmount(t.text());
      boolean nextIsLabel =
          k + 1 < tokens.size() && !Amounts.isAmount(tokens.get(k + 1).text())
              || k + 1 < tokens.size() && isCodePart(tokens.get(k + 1).text());
      if (amount
          && isCode(t.text())
          && nextIsLabel
          && stubPtr < stubs.size()
          && isCodeRole(stubs.get(stubPtr).role())) {
        stubPtr = placeCode(t.text(), stubs, stubPtr, r);
        continue;
      }
      if (amount) {
        values.get(side).add(t);
        continue;
      }
      int target = textStub(t.text(), stubs, stubPtr);
      while (target < 0 && side + 1 < sides) {
        side++;
        stubs = stubColumns(columns, side);
        stubPtr = 0;
        target = textStub(t.text(), stubs, 0);
      }
      if (target < 0) {
        values.get(side).add(t);
        continue;
      }
      r.stub[stubs.get(target).index()] = t.text();
      stubPtr = target + 1;
    }
  }

  /** Places a code (or code part) on the code columns from stubPtr; returns the next pointer. */
  private static int placeCode(String code, List<Column> stubs, int stubPtr, Result r) {
    Column c = stubs.get(stubPtr);
    if (c.role() == ColumnRole.CODE || code.length() == 2 || code.length() == 3) {
      r.stub[c.index()] = code;
      return stubPtr + 1;
    }
    // a whole code (20103, 2010301) printed in one cell of a three-part stub: split it
    int at = 0;
    int p = stubPtr;
    while (at < code.length() && p < stubs.size() && isCodeRole(stubs.get(p).role())) {
      int len = at == 0 ? 3 : 2;
      r.stub[stubs.get(p).index()] = code.substring(at, Math.min(code.length(), at + len));
      at += len;
      p++;
    }
    return p;
  }

  /** The stub column (from ptr) a label text goes to, or -1. */
  private static int textStub(String text, List<Column> stubs, int ptr) {
    boolean codeLed =
        text.length() > 3
            && Norm.isDigit(text.charAt(0))
            && Norm.isDigit(text.charAt(1))
            && Norm.isDigit(text.charAt(2));
    for (int i = ptr; i < stubs.size(); i++) {
      ColumnRole role = stubs.get(i).role();
      if (role == ColumnRole.CODE_NAME) {
        return i;
      }
      if (!codeLed && (role == ColumnRole.NAME || role == ColumnRole.PROJECT_NAME)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isCode(String t) {
    String c = Norm.compact(t);
    int n = c.length();
    if (n < 2 || n > 7) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (!Norm.isDigit(c.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isCodePart(String t) {
    return t.length() == 2 && Norm.isDigit(t.charAt(0)) && Norm.isDigit(t.charAt(1));
  }

  private static boolean isCodeRole(ColumnRole r) {
    return r == ColumnRole.CODE
        || r == ColumnRole.CODE_CLASS
        || r == ColumnRole.CODE_SECTION
        || r == ColumnRole.CODE_ITEM;
  }

  static List<Column> stubColumns(List<Column> columns, int side) {
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.side() == side && c.role().isStub()) {
        out.add(c);
      }
    }
    return out;
  }

  static List<Column> valueColumns(List<Column> columns, int side) {
    List<Column> out = new ArrayList<>();
    for (Column c : columns) {
      if (c.side() == side && !c.role().isStub()) {
        out.add(c);
      }
    }
    return out;
  }

  /** Every order-preserving choice of k of the columns (as positions), or the left-packed one. */
  /**
   * The order-preserving choices of columns for the values. The text form only drops (or only adds)
   * cells, so a value printed at index i stands in a column between i and i + lost (or between i -
   * added and i); only when no choice fits that window are all choices tried.
   */
  private static List<int[]> choices(List<Token> vs, List<Column> cols, Result r, int lost) {
    List<int[]> out = new ArrayList<>();
    int[] lo = new int[vs.size()];
    int[] hi = new int[vs.size()];
    for (int k = 0; k < vs.size(); k++) {
      int p = vs.get(k).printed();
      lo[k] = lost >= 0 ? p : p + lost;
      hi[k] = lost >= 0 ? p + lost : p;
    }
    combine(cols, lo, hi, 0, new int[vs.size()], 0, out, r);
    if (!out.isEmpty() || r.capped) {
      return out;
    }
    if (binomial(cols.size(), vs.size()) > MAX_CANDIDATES) {
      r.capped = true;
      int[] left = new int[vs.size()];
      for (int i = 0; i < left.length; i++) {
        left[i] = cols.get(i).index();
      }
      out.add(left);
      return out;
    }
    java.util.Arrays.fill(lo, Integer.MIN_VALUE);
    java.util.Arrays.fill(hi, Integer.MAX_VALUE);
    combine(cols, lo, hi, 0, new int[vs.size()], 0, out, r);
    return out;
  }

  private static void combine(
      List<Column> cols,
      int[] lo,
      int[] hi,
      int from,
      int[] cur,
      int depth,
      List<int[]> out,
      Result r) {
    if (depth == cur.length) {
      out.add(cur.clone());
      return;
    }
    for (int i = from; i <= cols.size() - (cur.length - depth); i++) {
      int p = cols.get(i).index();
      if (p > hi[depth] || out.size() >= MAX_CANDIDATES) {
        r.capped |= out.size() >= MAX_CANDIDATES;
        return;
      }
      if (p >= lo[depth]) {
        cur[depth] = p;
        combine(cols, lo, hi, i + 1, cur, depth + 1, out, r);
      }
    }
  }

  private static void product(
      List<List<int[]>> perSide, int side, int[] cur, int at, List<int[]> out) {
    if (side == perSide.size()) {
      out.add(cur.clone());
      return;
    }
    for (int[] choice : perSide.get(side)) {
      System.arraycopy(choice, 0, cur, at, choice.length);
      product(perSide, side + 1, cur, at + choice.length, out);
      if (out.size() > MAX_CANDIDATES) {
        return;
      }
    }
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int i = 1; i <= k; i++) {
      r = r * (n - k + i) / i;
      if (r > Integer.MAX_VALUE) {
        return r;
      }
    }
    return r;
  }
}
