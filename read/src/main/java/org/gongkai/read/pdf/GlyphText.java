package org.gongkai.read.pdf;

import java.text.Normalizer;

/** What a glyph's Unicode text says and how it should be spelled in the layout. */
final class GlyphText {

  private GlyphText() {}

  /**
   * Whether a glyph's text is garbage: the replacement character, a private-use or control
   * character. A font that maps its Chinese glyphs this way has no usable text, whatever it shows.
   */
  static boolean isGarbage(String t) {
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch == '\uFFFD' || (ch >= '\uE000' && ch <= '\uF8FF') || (ch < 0x20 && ch != '\t')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Maps Kangxi radicals and CJK compatibility ideographs, which some producers' fonts use for
   * ordinary characters (⾏ for 行, ⽀ for 支), to the unified ideographs that the rest of the pipeline
   * compares against. Everything else is kept as printed.
   */
  static String normalise(String t) {
    if (t.length() == 1) {
      char ch = t.charAt(0);
      if (!isCompatibility(ch)) {
        return t;
      }
    } else {
      boolean any = false;
      for (int i = 0; i < t.length() && !any; i++) {
        any = isCompatibility(t.charAt(i));
      }
      if (!any) {
        return t;
      }
    }
    return Normalizer.normalize(t, Normalizer.Form.NFKC);
  }

  private static boolean isCompatibility(char ch) {
    return (ch >= '\u2E80' && ch <= '\u2FDF') || (ch >= '\uF900' && ch <= '\uFAFF');
  }
}
