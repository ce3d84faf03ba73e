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
 */
public record ColumnSpec(List<String> headers, ColumnRole role, int side, String qualifier) {
  public ColumnSpec {
    headers = headers == null ? List.of() : List.copyOf(headers);
    if (role == null) {
      throw new IllegalArgumentException("a column spec needs a role: " + headers);
    }
    qualifier = qualifier == null ? "" : qualifier;
  }
}
