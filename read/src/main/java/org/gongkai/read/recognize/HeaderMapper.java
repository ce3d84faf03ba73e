package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.profile.ColumnSpec;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.read.layout.GridCell;

/**
 * Maps the header rows of a grid to the profile's columns. Each position's header is the lowest
 * header row that names it (the row above gives its group). Positions and profile columns are then
 * aligned in order, maximising how well headers fit (an alignment, so a garbled or missing header
 * is placed by its neighbours: "best fit and position").
 */
final class HeaderMapper {

  private static final double MATCH = 0.5;
  private static final double BLANK_FIT = 0.02;

  /**
   * The mapping.
   *
   * @param columns one column per kept position, in order
   * @param unknown printed headers no profile column fits
   * @param missing canonical headers of profile columns not found
   */
  record Result(List<Column> columns, List<String> unknown, List<String> missing) {
    Result {
      columns = List.copyOf(columns);
      unknown = List.copyOf(unknown);
      missing = List.copyOf(missing);
    }
  }

  private HeaderMapper() {}

  static Result map(
      TableSpec spec,
      String[][] specHeaders,
      List<List<GridCell>> headerRows,
      int width,
      boolean[] hasData) {
    String[] printed = new String[width];
    String[] folded = new String[width];
    String[] group = new String[width];
    positionTexts(headerRows, width, printed, group);
    for (int p = 0; p < width; p++) {
      folded[p] = Norm.fold(printed[p]);
    }
    if (spec == null) {
      return generic(printed, group, hasData);
    }
    int[] match = align(folded, specHeaders);
    List<Column> cols = new ArrayList<>(width);
    List<String> unknown = new ArrayList<>();
    boolean[] used = new boolean[specHeaders.length];
    int side = 0;
    for (int p = 0; p < width; p++) {
      int s = match[p];
      if (s >= 0) {
        ColumnSpec cs = spec.columns().get(s);
        used[s] = true;
        side = cs.side();
        String header =
            printed[p].isEmpty() && !cs.headers().isEmpty()
                ? Norm.compact(cs.headers().get(0))
                : printed[p];
        cols.add(new Column(p, header, cs.role(), cs.side(), cs.qualifier(), group[p]));
      } else if (!printed[p].isEmpty() || hasData[p]) {
        if (!printed[p].isEmpty()) {
          unknown.add(printed[p]);
        }
        cols.add(new Column(p, printed[p], ColumnRole.OTHER, side, "", group[p]));
      }
    }
    List<String> missing = new ArrayList<>();
    for (int s = 0; s < used.length; s++) {
      if (!used[s] && !spec.columns().get(s).headers().isEmpty()) {
        missing.add(spec.columns().get(s).headers().get(0));
      }
    }
    return new Result(List.copyOf(cols), unknown, missing);
  }

  /** Lowest non-blank header text per position, and the group above it. */
  private static void positionTexts(
      List<List<GridCell>> rows, int width, String[] printed, String[] group) {
    for (int p = 0; p < width; p++) {
      printed[p] = "";
      group[p] = "";
      for (int r = rows.size() - 1; r >= 0; r--) {
        String t = text(rows.get(r), p);
        if (!t.isEmpty()) {
          printed[p] = t;
          group[p] = r > 0 ? spanningText(rows.get(r - 1), p) : "";
          break;
        }
      }
    }
  }

  /** The text over position p in a row: its own, or the nearest to its left it spans from. */
  private static String spanningText(List<GridCell> row, int p) {
    for (int q = Math.min(p, row.size() - 1); q >= 0; q--) {
      String t = text(row, q);
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  private static String text(List<GridCell> row, int p) {
    return p < row.size() ? Norm.compact(row.get(p).text()) : "";
  }

  /** Order-preserving alignment of positions to spec columns; -1 for an unmatched position. */
  static int[] align(String[] folded, String[][] specHeaders) {
    int n = folded.length;
    int m = specHeaders.length;
    double[][] fit = new double[n][m];
    for (int p = 0; p < n; p++) {
      for (int s = 0; s < m; s++) {
        fit[p][s] = fit(folded[p], specHeaders[s]);
      }
    }
    double[][] best = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        double v = Math.max(best[i - 1][j], best[i][j - 1]);
        double f = fit[i - 1][j - 1];
        if (f > 0) {
          v = Math.max(v, best[i - 1][j - 1] + f);
        }
        best[i][j] = v;
      }
    }
    int[] match = new int[n];
    java.util.Arrays.fill(match, -1);
    int i = n;
    int j = m;
    while (i > 0 && j > 0) {
      double f = fit[i - 1][j - 1];
      if (f > 0 && best[i][j] == best[i - 1][j - 1] + f) {
        match[i - 1] = j - 1;
        i--;
        j--;
      } else if (best[i][j] == best[i - 1][j]) {
        i--;
      } else {
        j--;
      }
    }
    return match;
  }

  /** How well a folded position header fits a spec column, 0 when it does not. */
  private static double fit(String header, String[] aliases) {
    if (header.isEmpty()) {
      return BLANK_FIT;
    }
    double best = 0;
    for (String a : aliases) {
      double s;
      if (a.length() == 1) {
        // 类/款/项 are single characters that occur inside many other headers
        s = header.equals(a) ? 1 : header.contains("编码") || header.contains("代码") ? 0.55 : 0;
      } else {
        s = Similarity.of(header, a);
      }
      best = Math.max(best, s);
    }
    return best >= MATCH ? best : 0;
  }

  /** Columns of a table the profile does not know, their roles guessed from common headers. */
  private static Result generic(String[] printed, String[] group, boolean[] hasData) {
    List<Column> cols = new ArrayList<>();
    for (int p = 0; p < printed.length; p++) {
      if (printed[p].isEmpty() && !hasData[p]) {
        continue;
      }
      cols.add(new Column(p, printed[p], guessRole(Norm.fold(printed[p])), 0, "", group[p]));
    }
    return new Result(List.copyOf(cols), List.of(), List.of());
  }

  static ColumnRole guessRole(String f) {
    return switch (f) {
      case "类" -> ColumnRole.CODE_CLASS;
      case "款" -> ColumnRole.CODE_SECTION;
      case "项" -> ColumnRole.CODE_ITEM;
      case "合计", "总计" -> ColumnRole.TOTAL;
      case "基本支出" -> ColumnRole.BASIC;
      case "项目支出" -> ColumnRole.PROJECT;
      case "人员经费" -> ColumnRole.PERSONNEL;
      case "公用经费" -> ColumnRole.OPERATING;
      case "项目名称" -> ColumnRole.PROJECT_NAME;
      default ->
          f.contains("编码") || f.contains("代码")
              ? ColumnRole.CODE
              : f.contains("名称") || f.equals("项目") || f.endsWith("内容")
                  ? ColumnRole.NAME
                  : ColumnRole.OTHER;
    };
  }
}
