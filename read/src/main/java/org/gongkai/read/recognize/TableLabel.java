package org.gongkai.read.recognize;

/**
 * A table's number label at the start of a line: 表1, 表 1, 表1：, 表一, 附表1, 表1-2, 公开01表. The title may
 * follow on the same line.
 *
 * @param number the table's number
 * @param rest what follows the label on the line (the title, or empty)
 */
record TableLabel(int number, String rest) {

  /** The label at the start of a line, or null. */
  static TableLabel of(String text) {
    int k = 0;
    while (k < text.length() && Norm.isSpace(text.charAt(k))) {
      k++;
    }
    if (k == text.length() || "表附公".indexOf(text.charAt(k)) < 0) {
      return null;
    }
    String t = Norm.asciiDigits(text.strip());
    int i = 0;
    if (t.startsWith("附")) {
      i = 1;
    }
    if (t.startsWith("公开", i)) {
      return openNumbered(t, i + 2);
    }
    if (!t.startsWith("表", i)) {
      return null;
    }
    i = skipSpaces(t, i + 1);
    int s = i;
    int number;
    if (i < t.length() && Norm.isDigit(t.charAt(i))) {
      while (i < t.length() && Norm.isDigit(t.charAt(i))) {
        i++;
      }
      if (i - s > 2) {
        return null;
      }
      number = Integer.parseInt(t.substring(s, i));
    } else {
      while (i < t.length() && Norm.isChineseDigit(t.charAt(i))) {
        i++;
      }
      number = Norm.chineseNumber(t.substring(s, i));
    }
    if (number < 1) {
      return null;
    }
    i = skipSubNumber(t, i);
    return new TableLabel(number, rest(t, i));
  }

  /** 公开01表 部门收支总表. */
  private static TableLabel openNumbered(String t, int from) {
    int i = skipSpaces(t, from);
    int s = i;
    while (i < t.length() && Norm.isDigit(t.charAt(i))) {
      i++;
    }
    if (i == s || i - s > 3) {
      return null;
    }
    int number = Integer.parseInt(t.substring(s, i));
    i = skipSpaces(t, i);
    if (number < 1 || !t.startsWith("表", i)) {
      return null;
    }
    return new TableLabel(number, rest(t, i + 1));
  }

  /** Skips "-2" of 表1-2; the number of a sub-table is not kept. */
  private static int skipSubNumber(String t, int i) {
    if (i + 1 < t.length()
        && (t.charAt(i) == '-' || t.charAt(i) == '－')
        && Norm.isDigit(t.charAt(i + 1))) {
      int j = i + 1;
      while (j < t.length() && Norm.isDigit(t.charAt(j))) {
        j++;
      }
      return j;
    }
    return i;
  }

  private static String rest(String t, int i) {
    int j = skipSpaces(t, i);
    if (j < t.length()) {
      char ch = t.charAt(j);
      if (ch == '：' || ch == ':' || ch == '、' || ch == '.' || ch == '．' || ch == '，') {
        j++;
      }
    }
    return t.substring(j).strip();
  }

  private static int skipSpaces(String t, int i) {
    while (i < t.length() && Norm.isSpace(t.charAt(i))) {
      i++;
    }
    return i;
  }
}
