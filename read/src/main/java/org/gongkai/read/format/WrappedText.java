package org.gongkai.read.format;

/**
 * How every reader joins the lines of one cell or paragraph, so that the same document gives the
 * same text from any format: nothing between two lines when either side is Chinese (a wrapped
 * Chinese cell has no space to restore), a space between Latin words or figures.
 */
public final class WrappedText {

  private WrappedText() {}

  /** Appends a line to the text so far. Blank lines are skipped; the line is stripped. */
  public static void appendLine(StringBuilder sb, String line) {
    String t = line.strip();
    if (t.isEmpty()) {
      return;
    }
    if (sb.length() > 0 && needsSpace(sb.charAt(sb.length() - 1), t.charAt(0))) {
      sb.append(' ');
    }
    sb.append(t);
  }

  /** Whether a line break between these two characters reads as a space. */
  public static boolean needsSpace(char before, char after) {
    return !isWide(before) && !isWide(after) && !Character.isWhitespace(before);
  }

  /** Chinese, Japanese and full-width characters. */
  public static boolean isWide(char ch) {
    return ch >= '\u2E80' && ch <= '\uFFEF' && !(ch >= '\uFB00' && ch <= '\uFDFF');
  }
}
