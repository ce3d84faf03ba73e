package org.gongkai.read.recognize;

/**
 * The numbering at the start of a heading or list item: 第一部分, 一、, （一）, 1、 / 1., (1). Parsed by
 * hand: it is asked of every line.
 *
 * @param kind what sort of numbering
 * @param label the number as printed without brackets or punctuation (一, 1, 第一部分)
 * @param rest the text after the numbering, stripped
 */
record Numbering(Kind kind, String label, String rest) {

  /** Sorts of numbering, outermost first. */
  enum Kind {
    /** 第一部分. */
    PART,
    /** 一、 */
    CHINESE,
    /** （一） */
    CHINESE_BRACKETED,
    /** 1、 or 1. */
    ARABIC,
    /** (1) */
    ARABIC_BRACKETED
  }

  /** The numbering of a line, or null when it has none. */
  static Numbering of(String text) {
    int k = 0;
    while (k < text.length() && Norm.isSpace(text.charAt(k))) {
      k++;
    }
    if (k == text.length()) {
      return null;
    }
    char first = text.charAt(k);
    if (first != '第'
        && first != '（'
        && first != '('
        && !Norm.isDigit(first)
        && !Norm.isChineseDigit(first)) {
      return null; // most lines: no numbering, no allocation
    }
    String t = text.strip();
    if (first == '第') {
      return part(t);
    }
    if (first == '（' || first == '(') {
      return bracketed(t);
    }
    return Norm.isDigit(first) ? arabic(t) : chinese(t);
  }

  /** 一、 十一． */
  private static Numbering chinese(String t) {
    int i = 0;
    while (i < t.length() && Norm.isChineseDigit(t.charAt(i))) {
      i++;
    }
    if (i < t.length() && i <= 3 && isSeparator(t.charAt(i))) {
      return new Numbering(Kind.CHINESE, t.substring(0, i), t.substring(i + 1).strip());
    }
    return null;
  }

  /** 1、 2. — but not 1.5 or 2024. */
  private static Numbering arabic(String t) {
    int i = 0;
    while (i < t.length() && Norm.isDigit(t.charAt(i))) {
      i++;
    }
    if (i > 2 || i >= t.length()) {
      return null;
    }
    char sep = t.charAt(i);
    boolean decimal =
        (sep == '.' || sep == '．') && i + 1 < t.length() && Norm.isDigit(t.charAt(i + 1));
    if ((sep == '、' || sep == '.' || sep == '．') && !decimal) {
      return new Numbering(Kind.ARABIC, t.substring(0, i), t.substring(i + 1).strip());
    }
    return null;
  }

  private static boolean isSeparator(char ch) {
    return ch == '、' || ch == '.' || ch == '．' || ch == '，' || ch == ',';
  }

  private static Numbering part(String t) {
    int i = 1;
    while (i < t.length() && (Norm.isChineseDigit(t.charAt(i)) || Norm.isDigit(t.charAt(i)))) {
      i++;
    }
    if (i > 1 && t.startsWith("部分", i)) {
      return new Numbering(Kind.PART, t.substring(0, i + 2), stripSep(t.substring(i + 2)));
    }
    return null;
  }

  private static Numbering bracketed(String t) {
    int i = 1;
    while (i < t.length() && Norm.isSpace(t.charAt(i))) {
      i++;
    }
    int s = i;
    boolean chinese = i < t.length() && Norm.isChineseDigit(t.charAt(i));
    while (i < t.length()
        && (chinese ? Norm.isChineseDigit(t.charAt(i)) : Norm.isDigit(t.charAt(i)))) {
      i++;
    }
    int e = i;
    while (i < t.length() && Norm.isSpace(t.charAt(i))) {
      i++;
    }
    if (e == s || e - s > 3 || i >= t.length() || (t.charAt(i) != '）' && t.charAt(i) != ')')) {
      return null;
    }
    return new Numbering(
        chinese ? Kind.CHINESE_BRACKETED : Kind.ARABIC_BRACKETED,
        t.substring(s, e),
        stripSep(t.substring(i + 1)));
  }

  private static String stripSep(String s) {
    String r = s.strip();
    while (!r.isEmpty()
        && (r.charAt(0) == '、'
            || r.charAt(0) == '：'
            || r.charAt(0) == ':'
            || r.charAt(0) == '.'
            || Norm.isSpace(r.charAt(0)))) {
      r = r.substring(1);
    }
    return r;
  }

  /** Section level of a heading with this numbering in the narrative: 1 for 一、 … 4 for (1). */
  int level() {
    return switch (kind) {
      case PART -> 0;
      case CHINESE -> 1;
      case CHINESE_BRACKETED -> 2;
      case ARABIC -> 3;
      case ARABIC_BRACKETED -> 4;
    };
  }
}
