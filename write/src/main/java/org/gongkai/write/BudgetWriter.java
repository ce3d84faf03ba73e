package org.gongkai.write;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import org.gongkai.model.Disclosure;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Metadata;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.write.format.Document;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetValidator;
import org.gongkai.write.input.InputProblem;
import org.gongkai.write.input.InvalidBudgetDataException;
import org.gongkai.write.ledger.CatalogueNames;
import org.gongkai.write.ledger.CodeNames;
import org.gongkai.write.ledger.LayoutForm;
import org.gongkai.write.ledger.Ledger;
import org.gongkai.write.ledger.LedgerTables;
import org.gongkai.write.ledger.ThreePublicFigures;
import org.gongkai.write.narrative.Narrative;
import org.gongkai.write.narrative.NarrativeWriter;

/**
 * Writes a whole disclosure from budget data: validates the data, derives the layout's tables from
 * the ledger, writes the narrative from the same ledger, and composes the printable document. The
 * entry point of the writer; thread-safe and free of state beyond its classification.
 */
public final class BudgetWriter {

  private final IntFunction<CodeNames> namesForYear;

  /** A writer naming codes from the given names for each budget year. */
  public BudgetWriter(IntFunction<CodeNames> namesForYear) {
    this.namesForYear = Objects.requireNonNull(namesForYear, "namesForYear");
  }

  /** A writer naming codes from a catalogue (the shipped one, or the user's with imports). */
  public BudgetWriter(Catalogue catalogue) {
    this(year -> new CatalogueNames(catalogue, year));
  }

  /** A writer naming codes from the catalogue shipped with Gongkai. */
  public static BudgetWriter shipped() {
    return new BudgetWriter(Catalogue.shipped());
  }

  /** Validates the data, nothing else: every problem, errors and warnings. */
  public List<InputProblem> validate(BudgetData data) {
    return new BudgetValidator(names(data)).validate(data);
  }

  /**
   * The disclosure the data describes.
   *
   * @throws InvalidBudgetDataException when the data has errors (nothing is written then)
   */
  public WrittenDisclosure write(BudgetData data, String source) throws InvalidBudgetDataException {
    List<InputProblem> problems = validate(data);
    if (problems.stream().anyMatch(InputProblem::isError)) {
      throw new InvalidBudgetDataException(source, problems);
    }
    CodeNames names = names(data);
    LayoutProfile profile = LayoutProfiles.byId(data.unit().layout()).orElseThrow();
    LayoutForm form = LayoutForm.forLayout(profile.id()).orElseThrow();
    Ledger ledger = new Ledger(data);
    List<Table> tables =
        new LedgerTables(ledger, profile, form, names, new ThreePublicFigures(ledger)).build();
    Narrative narrative =
        new NarrativeWriter(ledger, tables, names, form, profile.narrativeUnit()).write();
    DocumentComposer composer = new DocumentComposer(data.unit(), form, tables, narrative);
    Document document = composer.compose();
    BudgetData.Unit u = data.unit();
    Metadata metadata =
        new Metadata(
            u.name(),
            u.year(),
            DisclosureKind.BUDGET,
            u.scope(),
            u.date(),
            profile.id(),
            document.title(),
            SourceRef.NONE);
    Disclosure disclosure =
        new Disclosure(
            metadata,
            composer.contents(),
            narrative.overview(),
            tables,
            narrative.sections(),
            narrative.threePublic(),
            narrative.agencyOperating(),
            narrative.procurement(),
            narrative.assets(),
            narrative.projects(),
            narrative.performance(),
            narrative.glossary(),
            narrative.claims(),
            List.of());
    return new WrittenDisclosure(disclosure, document, problems);
  }

  private CodeNames names(BudgetData data) {
    int year = data.unit() == null || data.unit().year() == null ? 0 : data.unit().year();
    return namesForYear.apply(year).withNames(data.codeNames());
  }
}
