package org.gongkai.read.layout;

import java.util.Objects;
import org.gongkai.model.SourceRef;

/**
 * One cell of a grid, its text as the format gave it (empty for an empty cell).
 *
 * @param rowSpan rows the cell covers (1 unless the format records merged cells)
 * @param colSpan columns the cell covers
 */
public record GridCell(String text, int rowSpan, int colSpan, SourceRef source) {

  public GridCell {
    Objects.requireNonNull(text, "text");
    if (rowSpan < 1 || colSpan < 1) {
      throw new IllegalArgumentException("spans must be >= 1: " + rowSpan + "x" + colSpan);
    }
    source = source == null ? SourceRef.NONE : source;
  }

  public static GridCell of(String text, SourceRef source) {
    return new GridCell(text, 1, 1, source);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
