package org.gongkai.read.recognize;

/** Text normalisation for matching (no regular expressions: these run on every line). */
final class Norm {

  private Norm() {}

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

  static boolean isDigit(char ch) {
    return ch >= '0' && ch <= '9';
  }

  static boolean isHan(char ch) {
    return ch >= '\u4e00' && ch <= '\u9fff' || ch >= '\u3400' && ch <= '\u4dbf';
  }

  /** Without any kind of space; the string itself when it has none. */
  static String compact(String s) {
    int n = s.length();
    int i = 0;
    while (i < n && !isSpace(s.charAt(i))) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] out = new char[n];
    s.getChars(0, i, out, 0);
    int k = i;
    for (; i < n; i++) {
      char ch = s.charAt(i);
      if (!isSpace(ch)) {
        out[k++] = ch;
      }
    }
    return new String(out, 0, k);
  }

  /**
   * For comparing titles and headers: no spaces, full-width ASCII folded to half width, quotation
   * marks dropped, 【】〔〕 as brackets. "财政拨款“三公”经费" and "财政拨款"三公"经费" fold alike.
   */
  static String fold(String s) {
    int i = 0;
    while (i < s.length() && !needsFold(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (isSpace(ch)) {
        continue;
      }
      if (ch >= '\uFF01' && ch <= '\uFF5E') {
        ch = (char) (ch - 0xFEE0);
      }
      switch (ch) {
        case '“', '”', '"', '‘', '’', '\'', '「', '」', '『', '』' -> {}
        case '【', '〔', '［' -> sb.append('[');
        case '】', '〕', '］' -> sb.append(']');
        case '—', '–', '－' -> sb.append('-');
        default -> sb.append(ch);
      }
    }
    return sb.toString();
  }

  private static boolean needsFold(char ch) {
    if (ch < 0x80) {
      return ch == ' '
          || ch == '"'
          || ch == '\''
          || ch == '\t'
          || ch == '\n'
          || ch == '\r'
          || ch == '\f'
          || ch == '\u000b';
    }
    return ch >= '\uFF01' && ch <= '\uFF5E'
        || isSpace(ch)
        || ch == '“'
        || ch == '”'
        || ch == '‘'
        || ch == '’'
        || ch == '「'
        || ch == '」'
        || ch == '『'
        || ch == '』'
        || ch == '【'
        || ch == '】'
        || ch == '〔'
        || ch == '〕'
        || ch == '—'
        || ch == '–';
  }

  /**
   * Printed text with the spaces a cell wrap or spaced-out writing added removed, keeping a space
   * between a number and its unit as printed ("&gt;=990 条", "=0.15 万元/月").
   */
  static String tidy(String s) {
    String t = s.strip();
    if (compact(t) == t) {
      return t; // no inner space: nothing to tidy
    }
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (!isSpace(ch)) {
        sb.append(ch);
        continue;
      }
      int j = i;
      while (j < t.length() && isSpace(t.charAt(j))) {
        j++;
      }
      char before = sb.length() > 0 ? sb.charAt(sb.length() - 1) : ' ';
      char after = j < t.length() ? t.charAt(j) : ' ';
      if (isAsciiWord(before) && !isAsciiWord(after) && after != '/' && after != '%'
          || isAsciiWord(before) && isAsciiWord(after)) {
        sb.append(' ');
      }
      i = j - 1;
    }
    return sb.toString();
  }

  private static boolean isAsciiWord(char ch) {
    return ch < 128 && Character.isLetterOrDigit(ch) || ch == '%';
  }

  /** Joins two pieces of a line a page break split: a space only between a number and Han text. */
  static String joinSplit(String a, String b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a + b;
    }
    char x = a.charAt(a.length() - 1);
    char y = b.charAt(0);
    boolean ax = x < 128 && Character.isLetterOrDigit(x);
    boolean ay = y < 128 && Character.isLetterOrDigit(y);
    if (ax && isHan(y) || isHan(x) && ay) {
      return a + ' ' + b;
    }
    return a + b;
  }

  /** The value of a Chinese numeral up to 99 (一, 十, 十二, 二十三), or -1. */
  static int chineseNumber(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    int tenAt = s.indexOf('十');
    if (tenAt < 0) {
      return s.length() == 1 ? digit(s.charAt(0)) : -1;
    }
    int tens = tenAt == 0 ? 1 : tenAt == 1 ? digit(s.charAt(0)) : -1;
    String rest = s.substring(tenAt + 1);
    int ones = rest.isEmpty() ? 0 : rest.length() == 1 ? digit(rest.charAt(0)) : -1;
    return tens < 1 || ones < 0 ? -1 : tens * 10 + ones;
  }

  private static int digit(char ch) {
    return switch (ch) {
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      case '〇', '零' -> 0;
      default -> -1;
    };
  }

  static boolean isChineseDigit(char ch) {
    return digit(ch) >= 0 || ch == '十';
  }

  /** Full-width digits and punctuation of numbers to ASCII. */
  static String asciiDigits(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      char r =
          ch >= '０' && ch <= '９' ? (char) (ch - '０' + '0') : ch == '．' ? '.' : ch == '，' ? ',' : ch;
      if (r != ch && sb == null) {
        sb = new StringBuilder(s);
      }
      if (sb != null) {
        sb.setCharAt(i, r);
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** Ends with 。！？；… or a colon: a sentence (or a lead-in) is complete. */
  static boolean endsComplete(String s) {
    if (s.isEmpty()) {
      return true;
    }
    char ch = s.charAt(s.length() - 1);
    return ch == '。' || ch == '！' || ch == '？' || ch == '；' || ch == ';' || ch == '!' || ch == '?'
        || ch == '：' || ch == ':' || ch == '…';
  }
}
