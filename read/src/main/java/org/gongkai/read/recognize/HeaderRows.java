package org.gongkai.read.recognize;

import java.util.List;
import org.gongkai.read.layout.GridCell;

/** Tells header rows from data rows at the top of a table grid. */
final class HeaderRows {

  /** Words headers are made of; a data row's label seldom holds one and nothing else. */
  private static final String[] KEYWORDS = {
    "类", "款", "项", "科目", "编码", "名称", "合计", "总计", "小计", "预算", "支出", "收入", "拨款", "资金", "经费", "金额",
    "项目", "分类", "来源", "内容", "结转", "结余", "财政专户", "决算"
  };

  private static final int MAX_HEADER_ROWS = 6;

  private HeaderRows() {}

  /** How many of the grid's first rows are header rows. */
  static int count(List<List<GridCell>> rows, String[][] specHeaders) {
    int h = 0;
    for (int i = 0; i < rows.size() && i < MAX_HEADER_ROWS; i++) {
      List<GridCell> row = rows.get(i);
      if (isBlank(row)) {
        h++;
        continue;
      }
      if (isData(row, specHeaders)) {
        break;
      }
      h++;
    }
    return h;
  }

  static boolean isBlank(List<GridCell> row) {
    for (GridCell c : row) {
      if (!c.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static boolean isData(List<GridCell> row, String[][] specHeaders) {
    if (isColumnNumbering(row)) {
      return false;
    }
    int nonBlank = 0;
    int headerLike = 0;
    String first = null;
    for (GridCell c : row) {
      if (c.isBlank()) {
        continue;
      }
      String f = Norm.fold(c.text());
      if (Amounts.isAmount(f) || isCodeLed(f)) {
        return true;
      }
      if (first == null) {
        first = f;
      }
      nonBlank++;
      if (looksLikeHeader(f, specHeaders)) {
        headerLike++;
      }
    }
    if (first != null && isTotalLabel(first) && headerLike < nonBlank) {
      return true;
    }
    if (first != null && isTotalLabel(first) && nonBlank == 1) {
      return true;
    }
    return headerLike * 2 < nonBlank;
  }

  /** A row of column numbers (栏次: 1 2 3 …) belongs to the header. */
  private static boolean isColumnNumbering(List<GridCell> row) {
    int expect = 1;
    int seen = 0;
    for (GridCell c : row) {
      String t = Norm.compact(c.text());
      if (t.isEmpty() || t.equals("栏次") || t.equals("栏")) {
        continue;
      }
      if (!t.equals(Integer.toString(expect))) {
        return false;
      }
      expect++;
      seen++;
    }
    return seen >= 3;
  }

  static boolean isTotalLabel(String folded) {
    return folded.equals("合计")
        || folded.equals("总计")
        || folded.endsWith("总计")
        || folded.endsWith("合计") && folded.length() <= 8;
  }

  /** "201一般公共服务支出": a 3-, 5- or 7-digit code, then a name. */
  static boolean isCodeLed(String f) {
    int d = 0;
    while (d < f.length() && Norm.isDigit(f.charAt(d))) {
      d++;
    }
    return (d == 3 || d == 5 || d == 7) && d < f.length() && Norm.isHan(f.charAt(d));
  }

  private static boolean looksLikeHeader(String f, String[][] specHeaders) {
    for (String k : KEYWORDS) {
      if (f.contains(k)) {
        return true;
      }
    }
    if (specHeaders != null) {
      for (String[] aliases : specHeaders) {
        for (String a : aliases) {
          if (a.length() > 1 && (f.contains(a) || a.contains(f))) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
