package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * One printed row of a table: its cells aligned with the table's columns (cell i belongs to column
 * i), and where the row was read.
 */
public record Row(int index, List<Cell> cells, SourceRef source) {

  public Row {
    cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    source = source == null ? SourceRef.NONE : source;
  }

  public Cell cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : Cell.blank(source);
  }

  /** True when no cell holds anything. */
  public boolean isEmpty() {
    return cells.stream().allMatch(Cell::isBlank);
  }
}
