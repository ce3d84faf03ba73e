package org.gongkai.model;

import java.util.Objects;

/**
 * One column of a table.
 *
 * @param index 0-based position in the row's cells
 * @param header the header as printed, spaces of spaced-out headers removed (the lowest header row
 *     that names it; a parent header of a multi-row header is in {@code group})
 * @param role what the column means
 * @param side 0 for an ordinary table; in a two-sided table (收入 | 支出) 0 for the left and 1 for the
 *     right side, each side having its own stub columns
 * @param qualifier extra meaning the role needs, e.g. the economic class code of an {@link
 *     ColumnRole#ECONOMIC_CLASS} column; empty otherwise
 * @param group the spanning header above this column, if any (财政拨款（补助）), else empty
 */
public record Column(
    int index, String header, ColumnRole role, int side, String qualifier, String group) {

  public Column {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(role, "role");
    qualifier = qualifier == null ? "" : qualifier;
    group = group == null ? "" : group;
  }

  public Column(int index, String header, ColumnRole role) {
    this(index, header, role, 0, "", "");
  }
}
