package org.gongkai.read.catalogue;

import java.util.List;

/**
 * One sheet or CSV file as rows of cells, the form both readers hand to the column detection.
 *
 * @param name the sheet name, or the file name for a CSV
 * @param sheet true for a spreadsheet sheet (locations are given as sheet and row)
 * @param rows the rows in order; row i is printed row i + 1
 * @param truncated true when the source had more rows than were read
 */
record Grid(String name, boolean sheet, List<List<Cell>> rows, boolean truncated) {

  /**
   * One cell.
   *
   * @param text the text as displayed, leading spaces kept
   * @param indent the cell's own indentation level (a spreadsheet style), 0 when none
   */
  record Cell(String text, int indent) {
    static final Cell EMPTY = new Cell("", 0);

    Cell {
      text = text == null ? "" : text;
    }

    boolean isBlank() {
      return text.isBlank();
    }
  }

  Grid {
    rows = List.copyOf(rows);
  }

  /** The cell at a row and column, empty when the row is shorter. */
  Cell cell(int row, int column) {
    List<Cell> r = rows.get(row);
    return column >= 0 && column < r.size() ? r.get(column) : Cell.EMPTY;
  }
}
