package org.gongkai.read.pdf;

import org.gongkai.read.format.WrappedText;

/**
 * Joins the chunks of one cell or paragraph into text: chunks of one line with a space where the
 * producer left a visible gap, lines with nothing between them when either side is Chinese (a
 * wrapped Chinese cell has no space to restore) and a space between Latin words or figures.
 */
final class CellText {

  /**
   * A gap wider than this share of the font size is a space. Chunks are cut only at gaps wider than
   * {@link TextLines#CHUNK_GAP}, so two chunks of one line in one cell always had a space between
   * them (a word space is a quarter of an em or more; the glyph itself is not drawn).
   */
  private static final float SPACE = 0.15f;

  private CellText() {}

  static void append(StringBuilder sb, TextLines.Chunk prev, TextLines.Chunk next) {
    if (prev != null && sb.length() > 0) {
      if (prev.line() == next.line()) {
        if (next.left() - prev.right() > SPACE * Math.min(prev.size(), next.size())) {
          sb.append(' ');
        }
      } else if (WrappedText.needsSpace(sb.charAt(sb.length() - 1), next.text().charAt(0))) {
        sb.append(' ');
      }
    }
    sb.append(next.text());
  }
}
