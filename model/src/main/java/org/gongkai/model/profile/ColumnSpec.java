package org.gongkai.model.profile;

import java.util.List;
import org.gongkai.model.ColumnRole;

/**
 * One expected column of a table.
 *
 * @param headers header texts that name this column (compared without spaces, full/half width
 *     folded); the first is the canonical one
 * @param role what the column means
 * @param side 0, or 1 for the right side of a two-sided table
 * @param qualifier extra meaning for the role (an economic class code), may be empty
 * @param group the spanning header(s) printed above this column, outermost first and separated by
 *     {@code /} ("支出预算", or "预算数/基本支出" for a three-row header); empty when none. Readers may ignore
 *     it; the writer prints the header from it.
 */
public record ColumnSpec(
    List<String> headers, ColumnRole role, int side, String qualifier, String group) {

  /** A column spec without a spanning header. */
  public ColumnSpec(List<String> headers, ColumnRole role, int side, String qualifier) {
    this(headers, role, side, qualifier, "");
  }

  public ColumnSpec {
    group = group == null ? "" : group;
    headers = headers == null ? List.of() : List.copyOf(headers);
    if (role == null) {
      throw new IllegalArgumentException("a column spec needs a role: " + headers);
    }
    qualifier = qualifier == null ? "" : qualifier;
  }
}
