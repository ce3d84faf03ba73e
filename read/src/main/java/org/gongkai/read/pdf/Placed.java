package org.gongkai.read.pdf;

import org.gongkai.read.layout.Block;

/**
 * A block placed on its page: where it starts (for reading order) and, for a grid, the column
 * boundaries and first row that decide whether the next page's first grid continues it.
 *
 * @param top the block's top y in the page frame
 * @param bottom the block's bottom y
 * @param left the block's left x
 * @param columns the column boundaries of a grid, empty otherwise
 * @param header the texts of a grid's first row, empty otherwise
 */
record Placed(
    Block block,
    float top,
    float bottom,
    float left,
    float[] columns,
    java.util.List<String> header) {

  static Placed text(Block block, float top, float bottom, float left) {
    return new Placed(block, top, bottom, left, new float[0], java.util.List.of());
  }

  Placed withBlock(Block b) {
    return new Placed(b, top, bottom, left, columns, header);
  }

  boolean isGrid() {
    return block instanceof Block.Grid;
  }
}
