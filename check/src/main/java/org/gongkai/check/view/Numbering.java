package org.gongkai.check.view;

/**
 * The numbering printed before a line or heading (一、 1. （1） （一） 其中：), read without regular
 * expressions because every rule run reads it for every line.
 */
public final class Numbering {

  private static final String NUMERALS = "一二三四五六七八九十";

  private Numbering() {}

  /** End of a leading "一、" / "十二." numbering, or -1. */
  public static int chinese(String s) {
    int i = 0;
    while (i < s.length() && NUMERALS.indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i > 0 && i < s.length() && isStop(s.charAt(i)) ? i + 1 : -1;
  }

  /** End of a leading "1." / "2、" / "（1）" / "(一)" numbering, or -1. */
  public static int arabicOrParenthesised(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i > 0) {
      return i < s.length() && isStop(s.charAt(i)) ? i + 1 : -1;
    }
    if (s.isEmpty() || (s.charAt(0) != '（' && s.charAt(0) != '(')) {
      return -1;
    }
    i = 1;
    while (i < s.length()
        && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || NUMERALS.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return i > 1 && i < s.length() && (s.charAt(i) == '）' || s.charAt(i) == ')') ? i + 1 : -1;
  }

  /** End of a leading "其中" / "其中：", or -1. */
  public static int ofWhich(String s) {
    if (!s.startsWith("其中")) {
      return -1;
    }
    return s.length() > 2 && (s.charAt(2) == '：' || s.charAt(2) == ':') ? 3 : 2;
  }

  private static boolean isStop(char c) {
    return c == '、' || c == '.' || c == '．';
  }
}
