package org.gongkai.read.recognize;

import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.GridCell;

/**
 * One data row of a table while its values are being placed: positional when it has as many cells
 * as the table has columns, otherwise fitted ({@link RowFit}) with candidate placements until
 * {@link PlacementSolver} chooses one.
 */
final class PlacedRow {

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

  /** Scaled values (and their tolerances) of the placement chosen, cached once resolved. */
  PlacementSolver.Vals values;

  private PlacedRow(SourceRef source, int printedCount, int width) {
    this.source = source;
    this.printedCount = printedCount;
    this.texts = new String[width];
    this.inferred = new boolean[width];
  }

  static PlacedRow of(List<GridCell> cells, List<Column> columns, int width) {
    int n = cells.size();
    while (n > width && cells.get(n - 1).isBlank()) {
      n--;
    }
    PlacedRow r = new PlacedRow(cells.isEmpty() ? SourceRef.NONE : cells.get(0).source(), n, width);
    List<GridCell> kept = cells.subList(0, n);
    if (n == width) {
      r.positional(kept);
    } else {
      r.fit = RowFit.fit(kept, columns, width);
      if (r.fit.tooMany) {
        r.unplaced = true;
        r.fit = null;
        r.positional(kept.subList(0, Math.min(n, width)));
      } else {
        System.arraycopy(r.fit.stub, 0, r.texts, 0, width);
        r.candidates = r.fit.candidates;
      }
    }
    r.label(columns);
    return r;
  }

  private void positional(List<GridCell> cells) {
    for (int p = 0; p < cells.size(); p++) {
      texts[p] = cells.get(p).text();
    }
  }

  boolean resolved() {
    return fit == null || chosen != null;
  }

  /** Settles on one candidate. */
  void choose(int[] candidate) {
    chosen = candidate;
    values = null;
  }

  /** Writes the chosen placement into the texts and marks what was placed by inference. */
  void place(int width) {
    List<RowFit.Token> vs = fit.values;
    for (int k = 0; k < vs.size(); k++) {
      int p = chosen[k];
      texts[p] = vs.get(k).text();
      // a row that lost cells had no position to keep: all its values are placed by inference
      inferred[p] = p != vs.get(k).printed() || ambiguous || printedCount < width;
    }
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
        case CODE, CODE_CLASS, CODE_SECTION, CODE_ITEM -> appendDigits(t, digits);
        case CODE_NAME -> {
          int d = 0;
          while (d < t.length() && Norm.isDigit(t.charAt(d))) {
            d++;
          }
          digits.append(t, 0, d);
          name = t.substring(d);
        }
        default -> name = name.isEmpty() ? t : name;
      }
    }
    code = digits.toString();
    total = code.isEmpty() && name.length() <= 12 && HeaderRows.isTotalLabel(Norm.fold(name));
  }

  private static void appendDigits(String t, StringBuilder out) {
    for (int i = 0; i < t.length(); i++) {
      if (Norm.isDigit(t.charAt(i))) {
        out.append(t.charAt(i));
      }
    }
  }
}
