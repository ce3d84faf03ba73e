package org.gongkai.model.claim;

import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.Cell;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.TableKind;

/**
 * One quantity of the model a claim is bound to: a cell of a table, addressed by table kind, row
 * (code and name) and column role, with the cell as published.
 *
 * @param table the table's kind
 * @param tableNumber the table's number in its document (0 when unnumbered)
 * @param tableTitle the table's title as printed
 * @param row 0-based index of the row in the table
 * @param rowCode the row's classification code, empty when none
 * @param rowName the row's name (compact)
 * @param column the column's role
 * @param columnHeader the column's header as printed (compact)
 * @param side the side of a two-sided table (0 left, 1 right)
 * @param cell the cell as published: a number, blank, text or unreadable
 * @param unit the table's money unit; null when the table states none
 */
public record Quantity(
    TableKind table,
    int tableNumber,
    String tableTitle,
    int row,
    String rowCode,
    String rowName,
    ColumnRole column,
    String columnHeader,
    int side,
    Cell cell,
    MoneyUnit unit) {

  public Quantity {
    Objects.requireNonNull(table, "table");
    tableTitle = tableTitle == null ? "" : tableTitle;
    rowCode = rowCode == null ? "" : rowCode;
    rowName = rowName == null ? "" : rowName;
    Objects.requireNonNull(column, "column");
    columnHeader = columnHeader == null ? "" : columnHeader;
    Objects.requireNonNull(cell, "cell");
  }

  /**
   * The cell's value as money in the table's unit, when it holds a number and the unit is known.
   */
  public Optional<Money> money() {
    return unit == null ? Optional.empty() : cell.money(unit);
  }

  /** "表3 合计 「基本支出」". */
  public String describe() {
    String t = tableNumber > 0 ? "表" + tableNumber : tableTitle;
    String r = (rowCode + " " + rowName).strip();
    return t + " " + r + " 「" + columnHeader + "」";
  }
}
