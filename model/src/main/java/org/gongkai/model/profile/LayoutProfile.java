package org.gongkai.model.profile;

import java.util.List;
import java.util.Optional;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Scope;
import org.gongkai.model.TableKind;

/**
 * A kind of document's layout: its tables with their titles and column roles, and the conventions
 * the rules need (weight total of a performance sheet, how empty tables are declared).
 *
 * @param id stable id, e.g. {@code xinjiang-unit-budget}
 * @param name human name in Chinese
 * @param kind budget or final accounts
 * @param scope unit or department
 * @param detect phrases whose presence in a document's titles or contents points to this layout
 * @param tables the tables, in order
 * @param narrativeUnit the money unit the narrative uses
 * @param performanceWeightTotal the total the weights of one performance sheet add up to (100, or
 *     90 where 10 is reserved for budget execution); null when the layout has no sheets
 * @param emptyTablePhrases phrases of a note that declare a table empty
 */
public record LayoutProfile(
    String id,
    String name,
    DisclosureKind kind,
    Scope scope,
    List<String> detect,
    List<TableSpec> tables,
    MoneyUnit narrativeUnit,
    Integer performanceWeightTotal,
    List<String> emptyTablePhrases) {

  public LayoutProfile {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a layout profile needs an id");
    }
    detect = detect == null ? List.of() : List.copyOf(detect);
    tables = tables == null ? List.of() : List.copyOf(tables);
    emptyTablePhrases = emptyTablePhrases == null ? List.of() : List.copyOf(emptyTablePhrases);
    narrativeUnit = narrativeUnit == null ? MoneyUnit.WAN_YUAN : narrativeUnit;
  }

  public Optional<TableSpec> table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst();
  }

  public Optional<TableSpec> tableNumber(int number) {
    return tables.stream().filter(t -> t.number() == number).findFirst();
  }
}
