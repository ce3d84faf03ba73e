package org.gongkai.check.completeness;

import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** Test helper: a row's code. */
final class TableBuilder2 {
  private TableBuilder2() {}

  static String code(Table t, Row r) {
    return org.gongkai.check.TestTables.label(t, r).code();
  }
}
