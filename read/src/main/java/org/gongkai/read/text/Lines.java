package org.gongkai.read.text;

/** Character-level tests on one line of the text form, without regular expressions (hot path). */
final class Lines {

  private Lines() {}

  static boolean isSpace(char ch) {
    if (ch > ' ') {
      // the common cases first: printable ASCII and CJK are never spaces
      if (ch < 0x80 || ch > 0x3000 && ch != '\uFEFF') {
        return false;
      }
      return ch == '\u3000'
          || ch == '\u00a0'
          || ch == '\u2002'
          || ch == '\u2003'
          || ch == '\u200b'
          || ch == '\uFEFF';
    }
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\u000b';
  }

  /** Trims ordinary, full-width and no-break spaces. */
  static String strip(String s) {
    int a = 0;
    int b = s.length();
    while (a < b && isSpace(s.charAt(a))) {
      a++;
    }
    while (b > a && isSpace(s.charAt(b - 1))) {
      b--;
    }
    return a == 0 && b == s.length() ? s : s.substring(a, b);
  }

  static boolean isAsciiDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  /**
   * A page number left by a converter: "3", "- 3 -", "— 12 —", "第 3 页", "第3页 共10页", "3/10", "Page
   * 3". A lone number longer than three digits is not taken (it may be a split year).
   */
  static boolean isPageArtefact(String t) {
    if (t.length() > 24) {
      return false;
    }
    String c = compact(t);
    int i = 0;
    int n = c.length();
    if (c.startsWith("第")) {
      return pageOfPages(c);
    }
    if (c.regionMatches(true, 0, "page", 0, 4)) {
      i = 4;
      int digits = digitsAt(c, i);
      return digits > 0
          && (i + digits == n
              || c.regionMatches(true, i + digits, "of", 0, 2)
                  && digitsAt(c, i + digits + 2) == n - i - digits - 2);
    }
    while (i < n && isDash(c.charAt(i))) {
      i++;
    }
    int digits = digitsAt(c, i);
    if (digits == 0 || digits > 3) {
      return false;
    }
    int j = i + digits;
    if (j < n && c.charAt(j) == '/') {
      int d2 = digitsAt(c, j + 1);
      return d2 > 0 && j + 1 + d2 == n;
    }
    while (j < n && isDash(c.charAt(j))) {
      j++;
    }
    return j == n;
  }

  /** 第3页, 第 3 页 共 10 页, 第3页/共10页. */
  private static boolean pageOfPages(String c) {
    int d = digitsAt(c, 1);
    if (d == 0 || 1 + d >= c.length() || c.charAt(1 + d) != '页') {
      return false;
    }
    int j = 2 + d;
    if (j == c.length()) {
      return true;
    }
    if (c.charAt(j) == ',' || c.charAt(j) == '，' || c.charAt(j) == '/') {
      j++;
    }
    if (j >= c.length() || c.charAt(j) != '共') {
      return false;
    }
    int d2 = digitsAt(c, j + 1);
    return d2 > 0 && j + 1 + d2 == c.length() - 1 && c.charAt(c.length() - 1) == '页';
  }

  private static boolean isDash(char ch) {
    return ch == '-' || ch == '—' || ch == '–' || ch == '－' || ch == '·';
  }

  private static int digitsAt(String s, int i) {
    int j = i;
    while (j < s.length() && isAsciiDigit(s.charAt(j))) {
      j++;
    }
    return j - i;
  }

  /** The line without any kind of space. */
  static String compact(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (isSpace(ch)) {
        if (sb == null) {
          sb = new StringBuilder(s.length());
          sb.append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(ch);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** The level of a Markdown heading ("## 标题" → 2), or 0. */
  static int markdownHeadingLevel(String t) {
    int i = 0;
    while (i < t.length() && i < 6 && t.charAt(i) == '#') {
      i++;
    }
    return i > 0 && i < t.length() && t.charAt(i) == ' ' ? i : 0;
  }

  /** Drops a list bullet a converter added ("- 一、…", "• …"); "-3.5" is a number, not a bullet. */
  static String stripBullet(String t) {
    if (t.length() > 2) {
      char c0 = t.charAt(0);
      if ((c0 == '-' || c0 == '*' || c0 == '•' || c0 == '●' || c0 == '▪') && t.charAt(1) == ' ') {
        return strip(t.substring(2));
      }
      if ((c0 == '•' || c0 == '●' || c0 == '▪') && !isSpace(t.charAt(1))) {
        return t.substring(1);
      }
    }
    return t;
  }
}
