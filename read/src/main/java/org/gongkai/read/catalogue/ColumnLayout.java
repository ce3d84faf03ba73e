package org.gongkai.read.catalogue;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where the code, name and optional level/parent columns are in a {@link Grid}, and where its data
 * starts. Found from a header row among the first rows (科目编码/科目名称, code/name, a 类/款/项 sub-header),
 * or, for a list without a header, from the cells' content.
 *
 * @param dataStart the first data row
 * @param codeColumn the column holding whole codes (or local 2-digit parts), -1 when none
 * @param partColumns the 类, 款 and 项 columns when the code is split over them, else all -1
 * @param nameColumn the name column
 * @param levelColumn a column stating the level, -1 when none
 * @param parentColumn a column stating the parent code, -1 when none
 */
record ColumnLayout(
    int dataStart,
    int codeColumn,
    int[] partColumns,
    int nameColumn,
    int levelColumn,
    int parentColumn) {

  private static final int HEADER_SEARCH_ROWS = 30;
  private static final int CONTENT_SAMPLE_ROWS = 60;
  private static final Pattern DIGITS = Pattern.compile("\\d{1,7}");
  private static final Pattern COMBINED = Pattern.compile("^\\d{3,7}[\\s\\u3000]+\\S.*");
  private static final Set<String> LEVEL = Set.of("level", "级次", "级别", "层级", "科目级次");
  private static final String[] PART = {"类", "款", "项"};

  ColumnLayout {
    partColumns = partColumns.clone();
  }

  /** True when the code is split over separate 类/款/项 columns. */
  boolean split() {
    return partColumns[0] >= 0 || partColumns[1] >= 0 || partColumns[2] >= 0;
  }

  static Optional<ColumnLayout> detect(Grid g) {
    for (int h = 0; h < Math.min(HEADER_SEARCH_ROWS, g.rows().size()); h++) {
      Optional<ColumnLayout> l = fromHeader(g, h);
      if (l.isPresent()) {
        return l;
      }
    }
    return fromContent(g);
  }

  private static Optional<ColumnLayout> fromHeader(Grid g, int h) {
    int code = -1;
    int name = -1;
    int level = -1;
    int parent = -1;
    int width = g.rows().get(h).size();
    for (int c = 0; c < width; c++) {
      String t = compact(g.cell(h, c).text());
      if (parent < 0 && isParent(t)) {
        parent = c;
      } else if (code < 0 && isCode(t)) {
        code = c;
      } else if (name < 0 && isName(t)) {
        name = c;
      } else if (level < 0 && LEVEL.contains(t)) {
        level = c;
      }
    }
    int[] parts = parts(g, h);
    int dataStart = h + 1;
    if (parts[0] < 0 && h + 1 < g.rows().size()) {
      int[] below = parts(g, h + 1);
      if (below[0] >= 0) {
        parts = below;
        dataStart = h + 2;
      }
    }
    if (name < 0 || (code < 0 && parts[0] < 0)) {
      return Optional.empty();
    }
    return Optional.of(new ColumnLayout(dataStart, code, parts, name, level, parent));
  }

  /** The 类/款/项 sub-header columns of a row; all -1 unless it has at least 类 and 款. */
  private static int[] parts(Grid g, int row) {
    int[] p = {-1, -1, -1};
    for (int c = 0; c < g.rows().get(row).size(); c++) {
      String t = compact(g.cell(row, c).text());
      for (int k = 0; k < PART.length; k++) {
        if (p[k] < 0 && t.equals(PART[k])) {
          p[k] = c;
        }
      }
    }
    return p[0] >= 0 && p[1] >= 0 ? p : new int[] {-1, -1, -1};
  }

  /** For a list without a header: the column of digit cells and the text column after it. */
  private static Optional<ColumnLayout> fromContent(Grid g) {
    int rows = Math.min(CONTENT_SAMPLE_ROWS, g.rows().size());
    int width = g.rows().stream().limit(rows).mapToInt(r -> r.size()).max().orElse(0);
    int[] digits = new int[width];
    int[] combined = new int[width];
    int[] text = new int[width];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < width; c++) {
        String t = g.cell(r, c).text().strip();
        if (DIGITS.matcher(t).matches()) {
          digits[c]++;
        } else if (COMBINED.matcher(t).matches()) {
          combined[c]++;
        } else if (!t.isEmpty()) {
          text[c]++;
        }
      }
    }
    int code = argMax(digits, 0);
    if (code >= 0 && digits[code] >= 2) {
      int name = argMax(text, code + 1);
      return name < 0
          ? Optional.empty()
          : Optional.of(new ColumnLayout(0, code, new int[] {-1, -1, -1}, name, -1, -1));
    }
    int both = argMax(combined, 0);
    return both >= 0 && combined[both] >= 2
        ? Optional.of(new ColumnLayout(0, -1, new int[] {-1, -1, -1}, both, -1, -1))
        : Optional.empty();
  }

  private static int argMax(int[] counts, int from) {
    int best = -1;
    for (int c = from; c < counts.length; c++) {
      if (counts[c] > 0 && (best < 0 || counts[c] > counts[best])) {
        best = c;
      }
    }
    return best;
  }

  private static boolean isCode(String t) {
    return t.equals("code") || t.endsWith("编码") || t.endsWith("代码");
  }

  private static boolean isName(String t) {
    return t.equals("name") || t.endsWith("名称");
  }

  private static boolean isParent(String t) {
    return t.equals("parent") || t.startsWith("上级") || t.startsWith("父级");
  }

  static String compact(String s) {
    return s.replaceAll("[\\s\\u3000]+", "").toLowerCase(java.util.Locale.ROOT);
  }
}
