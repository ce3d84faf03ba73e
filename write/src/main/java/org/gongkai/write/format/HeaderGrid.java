package org.gongkai.write.format;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Table;

/**
 * The header rows of a table as printed: each column's spanning groups (outermost first) above its
 * own header, adjacent equal groups merged into one cell spanning their columns, and a header with
 * fewer groups than the deepest column stretched down to the last header row.
 */
public final class HeaderGrid {

  /** One header cell: its top-left position, its spans and its text. */
  public record Cell(int row, int column, int rowSpan, int columnSpan, String text) {}

  private final int depth;
  private final List<Cell> cells;

  private HeaderGrid(int depth, List<Cell> cells) {
    this.depth = depth;
    this.cells = List.copyOf(cells);
  }

  /** The header of a table. */
  public static HeaderGrid of(Table table) {
    List<Column> columns = table.columns();
    List<String[]> paths = new ArrayList<>();
    int depth = 1;
    for (Column c : columns) {
      String[] groups = c.group().isEmpty() ? new String[0] : c.group().split("/");
      String[] path = Arrays.copyOf(groups, groups.length + 1);
      path[groups.length] = c.header();
      paths.add(path);
      depth = Math.max(depth, path.length);
    }
    List<Cell> cells = new ArrayList<>();
    for (int row = 0; row < depth; row++) {
      int col = 0;
      while (col < columns.size()) {
        String[] path = paths.get(col);
        if (row >= path.length) {
          col++;
          continue;
        }
        boolean leaf = row == path.length - 1;
        int span = 1;
        if (!leaf) {
          while (col + span < columns.size() && samePrefix(paths.get(col + span), path, row)) {
            span++;
          }
        }
        int rowSpan = leaf ? depth - row : 1;
        cells.add(new Cell(row, col, rowSpan, span, path[row]));
        col += span;
      }
    }
    return new HeaderGrid(depth, cells);
  }

  private static boolean samePrefix(String[] other, String[] path, int row) {
    if (other.length <= row + 1) {
      return false;
    }
    for (int i = 0; i <= row; i++) {
      if (!other[i].equals(path[i])) {
        return false;
      }
    }
    return true;
  }

  /** How many header rows. */
  public int depth() {
    return depth;
  }

  /** The cells, row by row, left to right. */
  public List<Cell> cells() {
    return cells;
  }

  /** The cells starting on a row. */
  public List<Cell> row(int row) {
    return cells.stream().filter(c -> c.row() == row).toList();
  }
}
