package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.ReadLimits;

/**
 * Lays out one scanned page: ruled tables first (every chunk whose centre lies in a frame goes to
 * the cell under its centre), then tables aligned without rules among the remaining lines, then
 * headings and paragraphs; all in reading order, top to bottom.
 */
final class PageLayout {

  private PageLayout() {}

  /**
   * @param bodySize the body text size of the document so far, used when a page has too little text
   *     of its own to tell
   */
  static List<Placed> of(
      int page,
      PageFrame frame,
      Glyphs glyphs,
      Rules horizontal,
      Rules vertical,
      float bodySize,
      ReadLimits limits,
      Diagnostics diags) {
    List<Rules.Rule> hs = horizontal.merged();
    List<Rules.Rule> vs = vertical.merged();
    List<TextLines.TextLine> lines = TextLines.of(glyphs, vs);
    List<FrameGrid> grids = new ArrayList<>();
    for (RuledFrames.Frame f : RuledFrames.find(hs, vs)) {
      if (f.cells().size() >= 2) {
        grids.add(new FrameGrid(f));
      }
    }
    List<TextLines.TextLine> free = place(lines, grids);
    List<Placed> out = new ArrayList<>();
    for (FrameGrid g : grids) {
      if (g.chunkCount() > 0) {
        out.add(g.toPlaced(page, limits, diags));
      }
    }
    AlignedTables.Result aligned = AlignedTables.find(free, page, limits, diags);
    out.addAll(aligned.grids());
    float body = TextBlocks.bodySize(aligned.rest());
    if (body == 0 || charCount(aligned.rest()) < 40) {
      // Too little running text to tell (a table page): the document's, else all of this page's.
      body = bodySize > 0 ? bodySize : TextBlocks.bodySize(lines);
    }
    out.addAll(TextBlocks.of(aligned.rest(), page, frame, body, limits, diags));
    out.sort((a, b) -> Float.compare(a.top(), b.top()));
    return out;
  }

  /** Places chunks into the frames they lie in; returns the lines of what is left. */
  private static List<TextLines.TextLine> place(
      List<TextLines.TextLine> lines, List<FrameGrid> grids) {
    if (grids.isEmpty()) {
      return lines;
    }
    List<TextLines.TextLine> free = new ArrayList<>();
    for (TextLines.TextLine l : lines) {
      List<TextLines.Chunk> rest = null;
      for (int i = 0; i < l.chunks().size(); i++) {
        TextLines.Chunk c = l.chunks().get(i);
        FrameGrid g = frameOf(c, grids);
        if (g != null) {
          g.add(c);
          if (rest == null) {
            rest = new ArrayList<>(l.chunks().subList(0, i));
          }
        } else if (rest != null) {
          rest.add(c);
        }
      }
      if (rest == null) {
        free.add(l);
      } else if (!rest.isEmpty()) {
        free.add(TextLines.line(rest, l.upright()));
      }
    }
    return free;
  }

  private static FrameGrid frameOf(TextLines.Chunk c, List<FrameGrid> grids) {
    for (FrameGrid g : grids) {
      if (g.contains(c)) {
        return g;
      }
    }
    return null;
  }

  static int charCount(List<TextLines.TextLine> lines) {
    int n = 0;
    for (TextLines.TextLine l : lines) {
      for (TextLines.Chunk c : l.chunks()) {
        n += c.text().length();
      }
    }
    return n;
  }
}
