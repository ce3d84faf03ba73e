package org.gongkai.check.view;

/**
 * Names compared as a careful reviewer compares them: whitespace ignored and full-width and
 * half-width punctuation treated alike, nothing else forgiven.
 */
public final class Names {

  private Names() {}

  /** The name folded for comparison: no whitespace, ASCII punctuation for full-width forms. */
  public static String fold(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0') {
        continue;
      }
      sb.append(foldChar(c));
    }
    return sb.toString();
  }

  /** True when the two names are the same but for whitespace and punctuation width. */
  public static boolean same(String a, String b) {
    return a.equals(b) || fold(a).equals(fold(b));
  }

  /** The first candidate whose name is the same as this one (see {@link #same}). */
  public static <T> java.util.Optional<T> find(
      java.util.List<T> candidates, String name, java.util.function.Function<T, String> nameOf) {
    String folded = fold(name);
    for (T c : candidates) {
      if (fold(nameOf.apply(c)).equals(folded)) {
        return java.util.Optional.of(c);
      }
    }
    return java.util.Optional.empty();
  }

  private static char foldChar(char c) {
    if (c >= '\uFF01' && c <= '\uFF5E') {
      char ascii = (char) (c - 0xFEE0);
      // only punctuation is folded; full-width letters and digits are not a spelling variant here
      return Character.isLetterOrDigit(ascii) ? c : ascii;
    }
    return switch (c) {
      case '、' -> ',';
      case '。' -> '.';
      case '“', '”', '「', '」' -> '"';
      case '‘', '’' -> '\'';
      case '【', '〔' -> '[';
      case '】', '〕' -> ']';
      case '—' -> '-';
      default -> c;
    };
  }
}
