package org.gongkai.check.text;

/**
 * Text without spaces (PDF text puts them between characters at random), with the index of every
 * kept character in the text as printed, so a hit found in the compact text is reported where it
 * is.
 */
final class Compact {

  final String text;
  private final int[] index;

  Compact(String printed) {
    StringBuilder sb = new StringBuilder(printed.length());
    int[] idx = new int[printed.length()];
    for (int i = 0; i < printed.length(); i++) {
      char c = printed.charAt(i);
      if ((c > ' ' && c < 0x7f)
          || (c > 0x7f && !Character.isWhitespace(c) && !Character.isSpaceChar(c))) {
        idx[sb.length()] = i;
        sb.append(c);
      }
    }
    this.text = sb.toString();
    this.index = java.util.Arrays.copyOf(idx, sb.length());
  }

  /** The printed offset of the compact offset {@code i}. */
  int printed(int i) {
    if (index.length == 0) {
      return 0;
    }
    return index[Math.min(Math.max(i, 0), index.length - 1)];
  }
}
