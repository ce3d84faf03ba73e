package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Column;

/**
 * Decides where the values of rows that lost (or gained) cells go. First each candidate placement
 * is scored by the row's own identities (合计 = 基本 + 项目 …); ties are then broken by the table's
 * vertical identities (类 = Σ款 = Σ项, 合计 = Σ类) against rows already placed, row by row and, for
 * siblings that wait on each other, jointly; what is still tied keeps the placement nearest to
 * print and is reported as ambiguous.
 */
final class PlacementSolver {

  /** Values by position, and the tolerance of each (half its last printed digit). */
  record Vals(long[] v, long[] t) {}

  private static final long JOINT_LIMIT = 2_000;
  private static final int ROUNDS = 8;

  private final int width;
  private final List<PlacedRow> rows;
  private final boolean[] valueColumn;
  private final boolean twoSided;
  private final List<RoleIdentities.Identity> identities;
  private ScaledValues scaled;
  private final Vals[] tokens;
  private final int[] triedOpen;

  PlacementSolver(List<Column> columns, int width, List<PlacedRow> rows) {
    this.width = width;
    this.rows = rows;
    this.valueColumn = new boolean[width];
    for (Column c : columns) {
      if (c.index() < width) {
        valueColumn[c.index()] = !c.role().isStub();
      }
    }
    this.twoSided = columns.stream().anyMatch(c -> c.side() > 0);
    this.identities = RoleIdentities.of(columns);
    this.tokens = new Vals[rows.size()];
    this.triedOpen = new int[rows.size()];
  }

  void solve() {
    if (rows.stream().allMatch(r -> r.fit == null)) {
      return; // every row printed in full: nothing to place
    }
    scaled = new ScaledValues(rows);
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).fit != null) {
        tokens[i] = tokenValues(rows.get(i));
      }
    }
    boolean useSums = !scaled.overflow();
    for (int i = 0; i < rows.size() && useSums; i++) {
      if (rows.get(i).fit != null) {
        keepBestByRow(i);
      }
    }
    int[] parent = parents();
    for (int round = 0; round < ROUNDS && useSums; round++) {
      boolean progress = false;
      for (int i = 0; i < rows.size(); i++) {
        if (!rows.get(i).resolved() && keepBestByColumns(i, parent)) {
          progress = true;
        }
      }
      if (!progress && !resolveJointly(parent)) {
        break;
      }
    }
    for (PlacedRow r : rows) {
      if (!r.resolved()) {
        r.ambiguous = r.candidates.size() > 1;
        r.choose(nearest(r));
      }
      if (r.fit != null) {
        r.ambiguous |= r.fit.capped; // not every placement could be tried
        r.place(width);
      }
    }
  }

  // ---------------------------------------------------------------- values

  private Vals tokenValues(PlacedRow r) {
    int n = r.fit.values.size();
    long[] v = new long[n];
    long[] t = new long[n];
    for (int k = 0; k < n; k++) {
      String text = r.fit.values.get(k).text();
      v[k] = scaled.value(text);
      t[k] = scaled.tolerance(text);
    }
    return new Vals(v, t);
  }

  /** The values of a row: of a candidate placement, or of the row as resolved (cached). */
  private Vals values(int i, int[] candidate) {
    PlacedRow r = rows.get(i);
    if (candidate == null && r.values != null) {
      return r.values;
    }
    long[] v = new long[width];
    long[] t = new long[width];
    Arrays.fill(v, ScaledValues.NONE);
    if (r.fit == null) {
      for (int p = 0; p < width; p++) {
        if (valueColumn[p] && r.texts[p] != null) {
          v[p] = scaled.value(r.texts[p]);
          t[p] = scaled.tolerance(r.texts[p]);
        }
      }
    } else {
      int[] c = candidate != null ? candidate : r.chosen;
      for (int k = 0; k < c.length; k++) {
        v[c[k]] = tokens[i].v()[k];
        t[c[k]] = tokens[i].t()[k];
      }
    }
    Vals out = new Vals(v, t);
    if (candidate == null) {
      r.values = out;
    }
    return out;
  }

  /** +1 when total and parts agree within their printing tolerance, -1 when not, 0 if all blank. */
  private static int check(long total, long totalTol, long sum, long tol, boolean anyPart) {
    if (total == ScaledValues.NONE && !anyPart) {
      return 0;
    }
    long t = total == ScaledValues.NONE ? 0 : total;
    long allowed = tol + (total == ScaledValues.NONE ? 0 : totalTol);
    return Math.abs(t - sum) <= allowed ? 1 : -1;
  }

  // ---------------------------------------------------------------- the row's own identities

  private void keepBestByRow(int i) {
    PlacedRow r = rows.get(i);
    List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MIN_VALUE;
    for (int[] c : r.candidates) {
      int s = rowScore(values(i, c));
      if (s > bestScore) {
        bestScore = s;
        best.clear();
      }
      if (s == bestScore) {
        best.add(c);
      }
    }
    r.candidates = best;
    if (best.size() == 1) {
      r.choose(best.get(0));
    }
  }

  private int rowScore(Vals x) {
    int score = 0;
    for (RoleIdentities.Identity id : identities) {
      long sum = 0;
      long tol = 0;
      boolean any = false;
      for (int p : id.parts()) {
        if (x.v()[p] != ScaledValues.NONE) {
          sum += x.v()[p];
          tol += x.t()[p];
          any = true;
        }
      }
      score += check(x.v()[id.total()], x.t()[id.total()], sum, tol, any);
    }
    return score;
  }

  // ---------------------------------------------------------------- the table's vertical sums

  /** Parent row of each row by code (项 → 款 → 类 → 合计), or -1. One-sided tables only. */
  private int[] parents() {
    int[] parent = new int[rows.size()];
    Arrays.fill(parent, -1);
    if (twoSided) {
      return parent;
    }
    int totalRow = -1;
    Map<String, Integer> byCode = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      totalRow = rows.get(i).total ? i : totalRow;
      byCode.putIfAbsent(rows.get(i).code, i);
    }
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).code;
      if (code.length() == 3) {
        parent[i] = totalRow;
      } else if (code.length() == 5 || code.length() == 7) {
        parent[i] = byCode.getOrDefault(code.substring(0, code.length() - 2), -1);
      }
    }
    return parent;
  }

  private boolean keepBestByColumns(int i, int[] parent) {
    PlacedRow r = rows.get(i);
    List<int[]> best = new ArrayList<>();
    int bestScore = Integer.MIN_VALUE;
    for (int[] c : r.candidates) {
      Integer s = verticalScore(i, values(i, c), parent);
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
    boolean narrowed = best.size() < r.candidates.size();
    r.candidates = best;
    if (best.size() == 1) {
      r.choose(best.get(0));
      return true;
    }
    return narrowed;
  }

  /** Score of a row's candidate values in its own group and its parent's; null when waiting. */
  private Integer verticalScore(int i, Vals own, int[] parent) {
    int score = 0;
    for (int group : new int[] {i, parent[i]}) {
      List<Integer> children = children(group, parent);
      if (group < 0 || children.isEmpty()) {
        continue;
      }
      if (!rows.get(group).resolved() && group != i) {
        return null;
      }
      List<Vals> cvs = new ArrayList<>(children.size());
      for (int k : children) {
        if (k != i && !rows.get(k).resolved()) {
          return null;
        }
        cvs.add(k == i ? own : values(k, null));
      }
      score += groupScore(group == i ? own : values(group, null), cvs);
    }
    return score;
  }

  private List<Integer> children(int group, int[] parent) {
    List<Integer> out = new ArrayList<>();
    if (group < 0) {
      return out;
    }
    for (int k = 0; k < parent.length; k++) {
      if (parent[k] == group) {
        out.add(k);
      }
    }
    return out;
  }

  private int groupScore(Vals parentValues, List<Vals> childValues) {
    int score = 0;
    for (int p = 0; p < width; p++) {
      if (!valueColumn[p]) {
        continue;
      }
      long sum = 0;
      long tol = 0;
      boolean any = false;
      for (Vals c : childValues) {
        if (c.v()[p] != ScaledValues.NONE) {
          sum += c.v()[p];
          tol += c.t()[p];
          any = true;
        }
      }
      score += check(parentValues.v()[p], parentValues.t()[p], sum, tol, any);
    }
    return score;
  }

  /**
   * Siblings that are all unplaced wait for each other: in the first group (parent and children)
   * whose unplaced members' candidates can be tried together, keep the combination that adds up
   * best. Returns whether anything was placed.
   */
  private boolean resolveJointly(int[] parent) {
    for (int g = 0; g < rows.size(); g++) {
      List<Integer> members = children(g, parent);
      if (members.isEmpty()) {
        continue;
      }
      members.add(0, g);
      List<Integer> open = new ArrayList<>();
      long combos = 1;
      for (int k : members) {
        if (!rows.get(k).resolved()) {
          open.add(k);
          combos *= rows.get(k).candidates.size();
        }
      }
      if (open.isEmpty() || combos > JOINT_LIMIT || triedOpen[g] == open.size()) {
        continue; // nothing to try, too much to try, or tried already with the same rows open
      }
      triedOpen[g] = open.size();
      if (tryCombinations(members, open)) {
        return true;
      }
    }
    return false;
  }

  private boolean tryCombinations(List<Integer> members, List<Integer> open) {
    int[] pick = new int[open.size()];
    int bestScore = Integer.MIN_VALUE;
    List<int[]> best = new ArrayList<>();
    do {
      for (int x = 0; x < open.size(); x++) {
        PlacedRow r = rows.get(open.get(x));
        r.choose(r.candidates.get(pick[x]));
      }
      List<Vals> cvs = new ArrayList<>();
      for (int k : members.subList(1, members.size())) {
        cvs.add(values(k, null));
      }
      int score = groupScore(values(members.get(0), null), cvs);
      if (score > bestScore) {
        bestScore = score;
        best.clear();
      }
      if (score == bestScore) {
        best.add(pick.clone());
      }
    } while (advance(pick, open));
    for (int k : open) {
      rows.get(k).choose(null);
    }
    return keepAgreed(open, best);
  }

  /** Places every open row on which all the best combinations agree. */
  private boolean keepAgreed(List<Integer> open, List<int[]> best) {
    boolean placed = false;
    for (int x = 0; x < open.size(); x++) {
      int agreed = best.get(0)[x];
      boolean same = true;
      for (int[] b : best) {
        same &= b[x] == agreed;
      }
      if (same) {
        PlacedRow r = rows.get(open.get(x));
        r.candidates = List.of(r.candidates.get(agreed));
        r.choose(r.candidates.get(0));
        placed = true;
      }
    }
    return placed;
  }

  private boolean advance(int[] pick, List<Integer> open) {
    for (int x = 0; x < pick.length; x++) {
      pick[x]++;
      if (pick[x] < rows.get(open.get(x)).candidates.size()) {
        return true;
      }
      pick[x] = 0;
    }
    return false;
  }

  /** The candidate whose values moved least from where they were printed. */
  private static int[] nearest(PlacedRow r) {
    int[] best = r.candidates.get(0);
    int bestDistance = Integer.MAX_VALUE;
    for (int[] c : r.candidates) {
      int d = 0;
      for (int k = 0; k < c.length; k++) {
        d += Math.abs(c[k] - r.fit.values.get(k).printed());
      }
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    return best;
  }
}
