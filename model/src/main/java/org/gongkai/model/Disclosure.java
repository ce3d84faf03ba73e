package org.gongkai.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A published budget or final-accounts disclosure, as published: its mistakes included. Parts the
 * document does not have are empty lists or null.
 *
 * @param metadata unit, year, kind, scope, layout
 * @param contents the table of contents as printed
 * @param overview 单位概况
 * @param tables the tables in document order
 * @param narrative the sections of 情况说明, in order
 * @param threePublic 三公经费 as the narrative states it, or null
 * @param agencyOperating 机关运行经费 as stated, or null
 * @param procurement 政府采购 as stated, or null
 * @param assets 国有资产占用 as stated, or null
 * @param projects projects as the narrative describes them
 * @param performance the performance target sheets
 * @param glossary 名词解释
 * @param claims the narrative's statements about figures, parsed into typed claims
 * @param diagnostics what the reader noticed while reading
 */
public record Disclosure(
    Metadata metadata,
    List<TocEntry> contents,
    Overview overview,
    List<Table> tables,
    List<NarrativeSection> narrative,
    ThreePublicExpenses threePublic,
    AgencyOperatingExpenses agencyOperating,
    Procurement procurement,
    StateAssets assets,
    List<ProjectDescription> projects,
    List<PerformanceTargets> performance,
    List<GlossaryEntry> glossary,
    List<org.gongkai.model.claim.Claim> claims,
    List<Diagnostic> diagnostics) {

  public Disclosure {
    Objects.requireNonNull(metadata, "metadata");
    contents = List.copyOf(contents);
    overview = overview == null ? Overview.empty() : overview;
    tables = List.copyOf(tables);
    narrative = List.copyOf(narrative);
    projects = List.copyOf(projects);
    performance = List.copyOf(performance);
    glossary = List.copyOf(glossary);
    claims = List.copyOf(claims);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The first table of this kind. */
  public Optional<Table> table(TableKind kind) {
    return tables.stream().filter(t -> t.kind() == kind).findFirst();
  }

  /** The table with this number. */
  public Optional<Table> tableNumber(int number) {
    return tables.stream().filter(t -> t.number() == number).findFirst();
  }
}
