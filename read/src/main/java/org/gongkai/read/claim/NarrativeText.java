package org.gongkai.read.claim;

/**
 * The form of narrative text the parser matches on: no spaces (PDF text puts them between every
 * number and its unit), no quotation marks ("三公"经费), half-width digits, brackets and percent signs.
 * Labels shown to users come from this form too; names are compared width-blind anyway.
 */
final class NarrativeText {

  private NarrativeText() {}

  /**
   * Normalised text with, for every character, its index in the printed text.
   *
   * @param text the normalised text
   * @param printed the text as printed
   * @param index index in {@code printed} of each character of {@code text}
   */
  record Mapped(String text, String printed, int[] index) {

    /** The printed text behind normalised characters [from, to). */
    String printed(int from, int to) {
      if (from >= to) {
        return "";
      }
      return printed.substring(index[from], index[to - 1] + 1);
    }
  }

  static String normalise(String s) {
    return map(s).text();
  }

  static Mapped map(String s) {
    char[] out = new char[s.length()];
    int n = 0;
    int[] index = new int[s.length()];
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > ' ' && c < 0x7f && c != '"') {
        index[n] = i;
        out[n++] = c;
        continue;
      }
      if (c <= ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      char kept =
          switch (c) {
            case '“', '”', '"', '‘', '’', '「', '」' -> 0;
            case '（' -> '(';
            case '）' -> ')';
            case '％' -> '%';
            case '．' -> betweenDigits(s, i) ? '.' : c;
            default -> c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c;
          };
      if (kept != 0) {
        index[n] = i;
        out[n++] = kept;
      }
    }
    return new Mapped(new String(out, 0, n), s, java.util.Arrays.copyOf(index, n));
  }

  private static boolean betweenDigits(String s, int i) {
    return i > 0 && i + 1 < s.length() && isDigit(s.charAt(i - 1)) && isDigit(s.charAt(i + 1));
  }

  static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /** True for a character of Chinese text (CJK ideograph). */
  static boolean isHan(char c) {
    return (c >= '\u4e00' && c <= '\u9fff')
        || (c >= '\u3400' && c <= '\u4dbf')
        || (c >= '\uf900' && c <= '\ufaff');
  }

  /** Characters that end a sentence. */
  static boolean isStop(char c) {
    return c == '。' || c == '；' || c == ';' || c == '！' || c == '？';
  }

  /** Characters that end a clause (a sentence end also ends a clause). */
  static boolean isClauseEnd(char c) {
    return isStop(c) || c == '，' || c == ',' || c == '：' || c == ':';
  }
}
