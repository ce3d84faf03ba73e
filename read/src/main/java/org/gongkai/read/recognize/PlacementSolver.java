package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.GridCell;

/**
 * Decides where the values of rows that lost (or gained) cells go. First each candidate placement
 * is scored by the row's own identities (合计 = 基本 + 项目 …); ties are then broken by the table's
 * vertical identities (类 = Σ款 = Σ项, 合计 = Σ类) against rows already placed, repeatedly; what is still
 * tied keeps the placement nearest to print and is reported as ambiguous.
 */
final class PlacementSolver {

  /** One data row while it is being placed. */
  static final class Line {
    final SourceRef source;
    final int printedCount;
    final String[] texts;
    final boolean[] inferred;
    RowFit.Result fit;
    List<int[]> candidates;
    int[] chosen;
    boolean ambiguous;
    boolean unplaced;
    String code = "";
    boolean total;

    private Line(SourceRef source, int printedCount, int width) {
      this.source = source;
      this.printedCount = printedCount;
      this.texts = new String[width];
      this.inferred = new boolean[width];
    }

    static Line of(List<GridCell> cells, List<Column> columns, int width) {
      int n = cells.size();
      while (n > width && cells.get(n - 1).isBlank()) {
        n--;
      }
      Line l = new Line(cells.isEmpty() ? SourceRef.NONE : cells.get(0).source(), n, width);
      List<GridCell> kept = cells.subList(0, n);
      if (n == width) {
        l.positional(kept);
      } else {
        l.fit = RowFit.fit(kept, columns, width);
        if (l.fit.tooMany) {
          l.unplaced = true;
          l.fit = null;
          l.positional(kept.subList(0, Math.min(n, width)));
        } else {
          for (int p = 0; p < width; p++) {
            l.texts[p] = l.fit.stub[p];
          }
          l.candidates = l.fit.candidates;
        }
      }
      l.label(columns);
      return l;
    }

    private void positional(List<GridCell> cells) {
      for (int p = 0; p < cells.size(); p++) {
        texts[p] = cells.get(p).text();
      }
    }

    boolean resolved() {
      return fit == null || chosen != null;
    }

    /** The row's code and whether it is a total row, from its side-0 stub. */
    private void label(List<Column> columns) {
      StringBuilder digits = new StringBuilder();
      String name = "";
      for (Column c : columns) {
        if (c.side() != 0 || !c.role().isStub() || texts[c.index()] == null) {
          continue;
        }
        String t = Norm.compact(texts[c.index()]);
        switch (c.role()) {
          case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM -> {
            for (int i = 0; i < t.length(); i++) {
              if (Norm.isDigit(t.charAt(i))) {
                digits.append(t.charAt(i));
              }
            }
          }
          case CODE_NAME -> {
            int d = 0;
            while (d < t.length() && Norm.isDigit(t.charAt(d))) {
              d++;
            }
            digits.append(t, 0, d);
            name = t.substring(d);
          }
          default -> {
            if (name.isEmpty()) {
              name = t;
            }
          }
        }
      }
      code = digits.toString();
      total = code.isEmpty() && name.length() <= 12 && HeaderRows.isTotalLabel(Norm.fold(name));
    }

    private BigDecimal[] fixedValues;
    private BigDecimal[] tokenValues;

    /** Values by position: of the given candidate, else of the chosen one (cached). */
    BigDecimal[] values(int[] candidate, int width, boolean[] valueColumn) {
      if (candidate == null && fixedValues != null) {
        return fixedValues;
      }
      BigDecimal[] v = new BigDecimal[width];
      if (fit == null) {
        for (int p = 0; p < width; p++) {
          if (valueColumn[p] && texts[p] != null) {
            v[p] = Amounts.parse(texts[p]);
          }
        }
        fixedValues = v;
        return v;
      }
      if (tokenValues == null) {
        tokenValues = new BigDecimal[fit.values.size()];
        for (int i = 0; i < tokenValues.length; i++) {
          tokenValues[i] = Amounts.parse(fit.values.get(i).text());
        }
      }
      int[] cand = candidate != null ? candidate : chosen;
      for (int i = 0; i < cand.length; i++) {
        v[cand[i]] = tokenValues[i];
      }
      if (candidate == null) {
        fixedValues = v;
      }
      return v;
    }
  }

  private final List<Column> columns;
  private final int width;
  private final List<Line> lines;
  private final boolean[] valueColumn;
  private final List<RoleIdentities.Identity> identities;

  PlacementSolver(List<Column> columns, int width, List<Line> lines) {
    this.columns = columns;
    this.width = width;
    this.lines = lines;
    this.valueColumn = new boolean[width];
    for (Column c : columns) {
      if (c.index() < width) {
        valueColumn[c.index()] = !c.role().isStub();
      }
    }
    this.identities = RoleIdentities.of(columns);
  }

  void solve() {
    boolean any = false;
    for (Line l : lines) {
      if (l.fit != null) {
        any = true;
        keepBestByRow(l);
      }
    }
    if (!any) {
      return;
    }
    int[] parent = parents();
    for (int round = 0; round < 8; round++) {
      boolean progress = false;
      for (int i = 0; i < lines.size(); i++) {
        Line l = lines.get(i);
        if (!l.resolved() && keepBestByColumns(i, parent)) {
          progress = true;
        }
      }
      if (!progress && !resolveJointly(parent)) {
        break;
      }
    }
    for (Line l : lines) {
      if (!l.resolved()) {
        l.ambiguous = l.candidates.size() > 1;
        l.chosen = nearest(l);
      }
      if (l.fit != null) {
        place(l);
      }
    }
  }

  private void keepBestByRow(Line l) {
    List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MIN_VALUE;
    for (int[] c : l.candidates) {
      int s = rowScore(l.values(c, width, valueColumn));
      if (s > bestScore) {
        bestScore = s;
        best.clear();
      }
      if (s == bestScore) {
        best.add(c);
      }
    }
    l.candidates = best;
    if (best.size() == 1) {
      l.chosen = best.get(0);
    }
  }

  private int rowScore(BigDecimal[] v) {
    int score = 0;
    for (RoleIdentities.Identity id : identities) {
      score += check(v[id.total()], sumOf(v, id.parts()));
    }
    return score;
  }

  /** +1 when total and parts agree within the rounding envelope, -1 when not, 0 when all blank. */
  private static int check(BigDecimal total, BigDecimal[] sumAndTolerance) {
    BigDecimal sum = sumAndTolerance[0];
    if (total == null && sum == null) {
      return 0;
    }
    BigDecimal t = total == null ? BigDecimal.ZERO : total;
    BigDecimal s = sum == null ? BigDecimal.ZERO : sum;
    BigDecimal tol = sumAndTolerance[1];
    if (total != null) {
      tol = tol.add(Amounts.halfUlp(total));
    }
    return t.subtract(s).abs().compareTo(tol) <= 0 ? 1 : -1;
  }

  /** {sum or null when every part is blank, tolerance}. */
  private static BigDecimal[] sumOf(BigDecimal[] v, int[] parts) {
    BigDecimal sum = null;
    BigDecimal tol = BigDecimal.ZERO;
    for (int p : parts) {
      if (v[p] != null) {
        sum = sum == null ? v[p] : sum.add(v[p]);
        tol = tol.add(Amounts.halfUlp(v[p]));
      }
    }
    return new BigDecimal[] {sum, tol};
  }

  /** Parent line of each line by code (项 → 款 → 类 → 合计), or -1. One-sided tables only. */
  private int[] parents() {
    int[] parent = new int[lines.size()];
    java.util.Arrays.fill(parent, -1);
    boolean twoSided = columns.stream().anyMatch(c -> c.side() > 0);
    if (twoSided) {
      return parent;
    }
    int totalLine = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).total) {
        totalLine = i;
      }
    }
    java.util.Map<String, Integer> byCode = new java.util.HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      byCode.putIfAbsent(lines.get(i).code, i);
    }
    for (int i = 0; i < lines.size(); i++) {
      String code = lines.get(i).code;
      if (code.length() == 3) {
        parent[i] = totalLine;
      } else if (code.length() == 5 || code.length() == 7) {
        Integer p = byCode.get(code.substring(0, code.length() - 2));
        parent[i] = p == null ? -1 : p;
      }
    }
    return parent;
  }

  private boolean keepBestByColumns(int i, int[] parent) {
    Line l = lines.get(i);
    List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MIN_VALUE;
    for (int[] c : l.candidates) {
      BigDecimal[] own = l.values(c, width, valueColumn);
      Integer s = verticalScore(i, own, parent);
      if (s == null) {
        return false; // a neighbour is itself unplaced: wait for another round
      }
      if (s > bestScore) {
        bestScore = s;
        best.clear();
      }
      if (s == bestScore) {
        best.add(c);
      }
    }
    boolean narrowed = best.size() < l.candidates.size();
    l.candidates = best;
    if (best.size() == 1) {
      l.chosen = best.get(0);
      return true;
    }
    return narrowed;
  }

  /** Score of the line's candidate values against its parent's and its children's groups. */
  private Integer verticalScore(int i, BigDecimal[] own, int[] parent) {
    int score = 0;
    boolean any = false;
    for (int group : new int[] {i, parent[i]}) {
      if (group < 0) {
        continue;
      }
      List<Integer> children = new ArrayList<>();
      for (int k = 0; k < lines.size(); k++) {
        if (parent[k] == group) {
          children.add(k);
        }
      }
      if (children.isEmpty()) {
        continue;
      }
      List<Integer> members = new ArrayList<>(children);
      members.add(group);
      for (int k : members) {
        if (k != i && !lines.get(k).resolved()) {
          return null;
        }
      }
      any = true;
      score += groupScore(group, children, i, own);
    }
    return any ? score : 0;
  }

  private int groupScore(int group, List<Integer> children, int i, BigDecimal[] own) {
    BigDecimal[] pv = group == i ? own : lines.get(group).values(null, width, valueColumn);
    List<BigDecimal[]> cvs = new ArrayList<>();
    for (int k : children) {
      cvs.add(k == i ? own : lines.get(k).values(null, width, valueColumn));
    }
    return groupScore(pv, cvs);
  }

  /**
   * Siblings that are all unplaced wait for each other: take the first group (parent and children)
   * whose unplaced members' candidates can be tried together, and keep the combination that adds up
   * best. Returns whether anything was placed.
   */
  private boolean resolveJointly(int[] parent) {
    for (int g = 0; g < lines.size(); g++) {
      List<Integer> members = new ArrayList<>();
      members.add(g);
      for (int k = 0; k < lines.size(); k++) {
        if (parent[k] == g) {
          members.add(k);
        }
      }
      if (members.size() < 2) {
        continue;
      }
      List<Integer> open = new ArrayList<>();
      long combos = 1;
      for (int k : members) {
        if (!lines.get(k).resolved()) {
          open.add(k);
          combos *= lines.get(k).candidates.size();
        }
      }
      if (open.isEmpty() || combos > JOINT_LIMIT || open.size() > 6) {
        continue;
      }
      if (tryCombinations(g, members, open)) {
        return true;
      }
    }
    return false;
  }

  private static final long JOINT_LIMIT = 20_000;

  private boolean tryCombinations(int g, List<Integer> members, List<Integer> open) {
    int[] pick = new int[open.size()];
    int bestScore = Integer.MIN_VALUE;
    List<int[]> best = new ArrayList<>();
    while (true) {
      for (int x = 0; x < open.size(); x++) {
        Line l = lines.get(open.get(x));
        l.chosen = l.candidates.get(pick[x]);
        l.fixedValues = null;
      }
      List<BigDecimal[]> cvs = new ArrayList<>();
      for (int k : members.subList(1, members.size())) {
        cvs.add(lines.get(k).values(null, width, valueColumn));
      }
      int score = groupScore(lines.get(g).values(null, width, valueColumn), cvs);
      if (score > bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore) {
        best.add(pick.clone());
      }
      if (!advance(pick, open)) {
        break;
      }
    }
    for (int k : open) {
      lines.get(k).chosen = null;
      lines.get(k).fixedValues = null;
    }
    boolean placed = false;
    for (int x = 0; x < open.size(); x++) {
      int agreed = best.get(0)[x];
      boolean same = true;
      for (int[] b : best) {
        same &= b[x] == agreed;
      }
      if (same) {
        Line l = lines.get(open.get(x));
        l.candidates = List.of(l.candidates.get(agreed));
        l.chosen = l.candidates.get(0);
        placed = true;
      }
    }
    return placed;
  }

  private boolean advance(int[] pick, List<Integer> open) {
    for (int x = 0; x < pick.length; x++) {
      pick[x]++;
      if (pick[x] < lines.get(open.get(x)).candidates.size()) {
        return true;
      }
      pick[x] = 0;
    }
    return false;
  }

  private int groupScore(BigDecimal[] pv, List<BigDecimal[]> cvs) {
    int score = 0;
    for (int p = 0; p < width; p++) {
      if (!valueColumn[p]) {
        continue;
      }
      BigDecimal sum = null;
      BigDecimal tol = BigDecimal.ZERO;
      for (BigDecimal[] cv : cvs) {
        if (cv[p] != null) {
          sum = sum == null ? cv[p] : sum.add(cv[p]);
          tol = tol.add(Amounts.halfUlp(cv[p]));
        }
      }
      score += check(pv[p], new BigDecimal[] {sum, tol});
    }
    return score;
  }

  /** The candidate whose values moved least from where they were printed. */
  private static int[] nearest(Line l) {
    int[] best = l.candidates.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (int[] c : l.candidates) {
      int d = 0;
      for (int k = 0; k < c.length; k++) {
        d += Math.abs(c[k] - l.fit.values.get(k).printed());
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }

  private void place(Line l) {
    List<RowFit.Token> vs = l.fit.values;
    for (int k = 0; k < vs.size(); k++) {
      int p = l.chosen[k];
      l.texts[p] = vs.get(k).text();
      // a row that lost cells had no position to keep: all its values are placed by inference
      l.inferred[p] = p != vs.get(k).printed() || l.ambiguous || l.printedCount < width;
    }
  }
}
