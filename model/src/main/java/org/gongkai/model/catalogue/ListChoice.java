package org.gongkai.model.catalogue;

import java.util.Objects;

/**
 * The list chosen to answer for a requested year: the year's own list, or the nearest earlier
 * year's when the year has none ({@link #fellBack()}).
 *
 * @param requestedYear the year asked for; 0 when none was (the latest list is used)
 * @param table the list chosen
 */
public record ListChoice(int requestedYear, CodeTable table) {

  public ListChoice {
    Objects.requireNonNull(table, "table");
  }

  /** True when the year asked for has no list and an earlier year's list answered. */
  public boolean fellBack() {
    return requestedYear != 0 && table.year() != 0 && table.year() != requestedYear;
  }

  /** True when no list at all applies to the year (nothing shipped or imported, not earlier). */
  public boolean noList() {
    return table.isMissing();
  }
}
