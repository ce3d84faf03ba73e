package org.gongkai.read.claim;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Metadata;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Table;

/**
 * What the claim parser needs from the rest of the document to bind claims: the tables (for the
 * names and codes of classes and projects and the quantities themselves) and the metadata (unit
 * name, year, budget or final accounts). Only model types, so the recogniser can call the parser
 * before the {@link org.gongkai.model.Disclosure} exists.
 *
 * @param tables the document's tables as recognised
 * @param metadata the document's metadata; its unit name is ignored in subject phrases
 * @param narrativeUnit the money unit the narrative states figures in when it states none (an
 *     amount stated as 未安排 is an exact zero in this unit)
 */
public record BindingContext(List<Table> tables, Metadata metadata, MoneyUnit narrativeUnit) {

  public BindingContext {
    tables = List.copyOf(Objects.requireNonNull(tables, "tables"));
    Objects.requireNonNull(metadata, "metadata");
    narrativeUnit = narrativeUnit == null ? MoneyUnit.WAN_YUAN : narrativeUnit;
  }

  /** A context with the narrative in 万元, as almost every layout writes it. */
  public static BindingContext of(List<Table> tables, Metadata metadata) {
    return new BindingContext(tables, metadata, MoneyUnit.WAN_YUAN);
  }
}
