package org.gongkai.model;

import java.time.LocalDate;

/**
 * What a disclosure is: whose, which year, budget or final accounts, unit or department.
 *
 * @param unitName the publishing unit as printed on the cover
 * @param year the budget year (2024 for a 2024 budget)
 * @param kind budget or final accounts; null when the document does not say
 * @param scope unit or department; null when the document does not say
 * @param date the publication date if printed, else null
 * @param layout the id of the layout profile the document was read with
 * @param title the cover title as printed
 * @param source where the cover title was read
 */
public record Metadata(
    String unitName,
    int year,
    DisclosureKind kind,
    Scope scope,
    LocalDate date,
    String layout,
    String title,
    SourceRef source) {

  public Metadata {
    unitName = unitName == null ? "" : unitName;
    layout = layout == null ? "" : layout;
    title = title == null ? "" : title;
    source = source == null ? SourceRef.NONE : source;
  }
}
