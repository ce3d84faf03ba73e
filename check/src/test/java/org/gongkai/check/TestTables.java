package org.gongkai.check;

import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;

/** Test access to row labels as the checker computes them. */
public final class TestTables {
  private TestTables() {}

  public static RowLabel label(Table t, Row r) {
    return TableView.computeLabel(t, r, 0);
  }
}
