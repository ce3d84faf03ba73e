package org.gongkai.read.layout;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Diagnostic;

/**
 * A document as a reader saw it: blocks in reading order and what the reader noticed (the encoding
 * it used, bounds it hit, parts it could not read).
 *
 * @param blocks headings, paragraphs and grids, in reading order
 * @param diagnostics the reader's diagnostics
 */
public record Layout(List<Block> blocks, List<Diagnostic> diagnostics) {

  public Layout {
    blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
  }

  /** True when the reader found nothing at all. */
  public boolean isEmpty() {
    return blocks.isEmpty();
  }
}
