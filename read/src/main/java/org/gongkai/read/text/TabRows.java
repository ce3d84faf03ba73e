package org.gongkai.read.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;

/** Splits a tab-separated line into grid cells (each trimmed), bounded in count. */
final class TabRows {

  private TabRows() {}

  static List<GridCell> split(String line, SourceRef at, int maxCells, Diagnostics diags) {
    List<GridCell> cells = new ArrayList<>();
    int start = 0;
    int count = 0;
    while (true) {
      int tab = line.indexOf('\t', start);
      int end = tab < 0 ? line.length() : tab;
      count++;
      if (cells.size() < maxCells) {
        int a = start;
        int b = end;
        while (a < b && Lines.isSpace(line.charAt(a))) {
          a++;
        }
        while (b > a && Lines.isSpace(line.charAt(b - 1))) {
          b--;
        }
        cells.add(GridCell.of(a == b ? "" : line.substring(a, b), at));
      }
      if (tab < 0) {
        break;
      }
      start = tab + 1;
    }
    if (count > maxCells) {
      diags.add(Severity.WARNING, TextCodes.LIMIT_CELLS, at, maxCells, count);
    }
    return cells;
  }
}
