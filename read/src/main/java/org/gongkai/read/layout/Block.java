package org.gongkai.read.layout;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.SourceRef;

/** One block of a layout: a heading, a paragraph or a grid. */
public sealed interface Block permits Block.Heading, Block.Paragraph, Block.Grid {

  /** Where the block starts. */
  SourceRef source();

  /**
   * A heading the format marks as such (a Markdown {@code #} line, a DOCX heading style).
   *
   * @param level 1 for the top level
   */
  record Heading(String text, int level, SourceRef source) implements Block {
    public Heading {
      Objects.requireNonNull(text, "text");
      source = source == null ? SourceRef.NONE : source;
    }
  }

  /**
   * A line or paragraph of text. A text reader gives one per line; joining lines that a page break
   * split is the recogniser's business, since only it knows what a sentence there should be.
   */
  record Paragraph(String text, SourceRef source) implements Block {
    public Paragraph {
      Objects.requireNonNull(text, "text");
      source = source == null ? SourceRef.NONE : source;
    }
  }

  /**
   * A grid of cells (a table as the format laid it out), rows in order. A row may have fewer or
   * more cells than its neighbours: formats that lose empty cells (the text form) say so through
   * the count, and the recogniser places values by what the columns mean.
   *
   * @param rows the rows, each a list of cells in order
   * @param continued the reader saw this grid physically continue the grid before it (a table
   *     carried over a page break: no title above it, the previous page ending in a grid of the
   *     same columns or the same header); a hint for the recogniser, which decides whether to merge
   */
  record Grid(List<List<GridCell>> rows, SourceRef source, boolean continued) implements Block {
    public Grid {
      rows = rows.stream().map(List::copyOf).toList();
      source = source == null ? SourceRef.NONE : source;
    }

    /** A grid that does not continue another. */
    public Grid(List<List<GridCell>> rows, SourceRef source) {
      this(rows, source, false);
    }

    /** The most cells any row has. */
    public int width() {
      int w = 0;
      for (List<GridCell> r : rows) {
        w = Math.max(w, r.size());
      }
      return w;
    }
  }
}
