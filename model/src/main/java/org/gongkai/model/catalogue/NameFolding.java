package org.gongkai.model.catalogue;

/**
 * Compares an official name with a printed one, forgiving exactly two things: whitespace (PDF
 * extraction and cell wrapping insert spaces and line breaks) and the width of punctuation (（） vs
 * (), ：vs :, “” vs "). Everything else — a different character, a missing or added word, a
 * qualifier such as "(款)" — makes the names different.
 */
public final class NameFolding {

  private NameFolding() {}

  /** The name with whitespace removed and full-width punctuation replaced by its ASCII twin. */
  public static String fold(String name) {
    if (name == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b') {
        continue;
      }
      sb.append(halfWidthPunctuation(c));
    }
    return sb.toString();
  }

  /** True when the two names are equal after {@link #fold}. */
  public static boolean sameName(String official, String printed) {
    return fold(official).equals(fold(printed));
  }

  private static char halfWidthPunctuation(char c) {
    // U+FF01..U+FF5E mirror ASCII 0x21..0x7E; only the punctuation of that block is folded, not
    // the full-width letters and digits.
    if (c >= '\uff01' && c <= '\uff5e') {
      char ascii = (char) (c - 0xfee0);
      return Character.isLetterOrDigit(ascii) ? c : ascii;
    }
    return switch (c) {
      case '“', '”' -> '"';
      case '‘', '’' -> '\'';
      default -> c;
    };
  }
}
