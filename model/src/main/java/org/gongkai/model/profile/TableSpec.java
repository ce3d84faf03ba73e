package org.gongkai.model.profile;

import java.util.List;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;

/**
 * One table a layout has.
 *
 * @param number its number in the layout (表3 → 3)
 * @param kind what it is
 * @param titles the titles it goes by (compared without spaces); the first is canonical
 * @param unit the money unit it is usually printed in, used only when the table states none
 * @param required whether the layout requires it to be published (empty tables are published with
 *     an explanation)
 * @param columns the columns in printed order
 */
public record TableSpec(
    int number,
    TableKind kind,
    List<String> titles,
    MoneyUnit unit,
    Boolean required,
    List<ColumnSpec> columns) {

  public TableSpec {
    titles = titles == null ? List.of() : List.copyOf(titles);
    columns = columns == null ? List.of() : List.copyOf(columns);
    required = required == null ? Boolean.TRUE : required;
    if (kind == null) {
      throw new IllegalArgumentException("table spec " + number + " needs a kind");
    }
  }

  public int sides() {
    return columns.stream().mapToInt(ColumnSpec::side).max().orElse(0) + 1;
  }
}
