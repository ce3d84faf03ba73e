package org.gongkai.read.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;

/** Builds small tables for tests: columns by role, rows of printed cells ("" is blank). */
final class TableBuilder {

  private final int number;
  private final TableKind kind;
  private MoneyUnit unit = MoneyUnit.WAN_YUAN;
  private final List<Column> columns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();

  private TableBuilder(int number, TableKind kind) {
    this.number = number;
    this.kind = kind;
  }

  static TableBuilder table(int number, TableKind kind) {
    return new TableBuilder(number, kind);
  }

  TableBuilder unit(MoneyUnit u) {
    this.unit = u;
    return this;
  }

  TableBuilder col(ColumnRole role, String header) {
    return col(role, header, 0);
  }

  TableBuilder col(ColumnRole role, String header, int side) {
    columns.add(new Column(columns.size(), header, role, side, "", ""));
    return this;
  }

  TableBuilder row(String... printed) {
    List<Cell> cells = new ArrayList<>();
    int line = 100 * number + rows.size() + 1;
    for (String p : printed) {
      SourceRef src = SourceRef.line(line);
      if (p.isEmpty()) {
        cells.add(Cell.blank(src));
      } else if (p.matches("-?[0-9,]+(\\.[0-9]+)?")) {
        cells.add(Cell.number(p, new BigDecimal(p.replace(",", "")), src));
      } else {
        cells.add(Cell.text(p, src));
      }
    }
    rows.add(new Row(rows.size(), cells, SourceRef.line(line)));
    return this;
  }

  Table build() {
    return new Table(number, kind, kind.name(), unit, "", columns, rows, List.of(), SourceRef.NONE);
  }
}
