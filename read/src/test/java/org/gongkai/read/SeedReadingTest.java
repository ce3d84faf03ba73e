package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.model.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the seed (a real 2024 unit budget, from /work/shared) and compares everything with the
 * expectations written by hand: all cells of the ten tables, and the metadata, contents, overview,
 * narrative, stated figures, projects, every performance indicator and the glossary.
 */
class SeedReadingTest {

  private static ReadResult result;
  private static JsonNode expected;

  @BeforeAll
  static void read() throws Exception {
    String shared = System.getProperty("gongkai.shared", "../../shared");
    Path seed = Path.of(shared, "seed", "000_220f206dadf5e393.txt");
    Assumptions.assumeTrue(
        Files.isRegularFile(seed), "skipped: the seed document is not available at " + seed);
    result = new DisclosureReader().read(seed);
    expected = Expectations.yaml("seed-expected.yaml");
  }

  @Test
  void readsEveryCellOfTheTenTables() {
    Expectations x = new Expectations();
    x.cells(result.disclosure(), Expectations.csvResource("seed-expected-cells.csv"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void theComparisonNoticesOneChangedCell() {
    java.util.List<String> expected =
        new java.util.ArrayList<>(Expectations.csvResource("seed-expected-cells.csv"));
    expected.set(0, expected.get(0).replace("1807.53", "1807.54"));
    Expectations x = new Expectations();
    x.cells(result.disclosure(), expected);
    assertThat(x.problems()).hasSize(2).anyMatch(p -> p.contains("1807.54"));
  }

  @Test
  void readsMetadataContentsAndTables() {
    Expectations x = new Expectations();
    x.metadata(result, expected.get("metadata"));
    x.contents(result.disclosure(), expected.get("contents"));
    x.tables(result.disclosure(), expected.get("tables"));
    x.rowNames(result.disclosure(), 10, expected.get("threePublicTableRows"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void readsTheOverview() {
    Expectations x = new Expectations();
    x.overview(result.disclosure(), expected.get("overview"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void readsTheNarrativeAndTheFiguresItStates() {
    Expectations x = new Expectations();
    x.narrative(result.disclosure(), expected.get("narrative"));
    x.threePublic(result.disclosure(), expected.get("threePublic"));
    x.agencyOperating(result.disclosure(), expected.get("agencyOperating"));
    x.procurement(result.disclosure(), expected.get("procurement"));
    x.assets(result.disclosure(), expected.get("assets"));
    x.projects(result.disclosure(), expected.get("projects"));
    x.glossary(result.disclosure(), expected.get("glossary"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void readsEveryPerformanceIndicator() {
    Expectations x = new Expectations();
    x.performance(result.disclosure(), expected.get("performance"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void theMisplacedTotalRowOfTable2IsPlacedByItsSumsAndReported() {
    assertThat(result.usable()).isTrue();
    assertThat(result.encoding()).isEqualTo("UTF-8");
    assertThat(result.diagnostics(Diagnostic.Severity.ERROR)).isEmpty();
    assertThat(result.diagnostics(Diagnostic.Severity.WARNING))
        .extracting(Diagnostic::code, d -> d.source().line())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("read.cell.inferred", 157));
    var total = result.disclosure().tableNumber(2).orElseThrow().totalRow(0).orElseThrow();
    assertThat(total.cell(13).printed()).isEqualTo("39.77");
    assertThat(total.cell(13).inferred()).isTrue();
    assertThat(total.cell(14).printed()).isEqualTo("42.08");
    assertThat(total.cell(4).inferred()).isFalse();
  }
}
