package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.MoneyUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the project's own example disclosure (a fictional unit, GBK-encoded, with the layout
 * variants listed in its README) and compares everything with the expectations written by hand.
 */
class DemoReadingTest {

  private static ReadResult result;
  private static JsonNode expected;

  @BeforeAll
  static void read() throws Exception {
    Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    Path demo = root.resolve("examples/text/demo-unit-budget-2025.txt");
    assertThat(demo).exists();
    byte[] bytes = Files.readAllBytes(demo);
    result = new DisclosureReader().read(bytes, demo.getFileName().toString());
    expected = Expectations.yaml("demo-expected.yaml");
  }

  @Test
  void readsEveryCellIncludingRowsThatLostTheirBlankCells() {
    Expectations x = new Expectations();
    x.cells(result.disclosure(), Expectations.csvResource("demo-expected-cells.csv"));
    x.lostBlankRows(result.disclosure(), expected.get("lostBlankRows"));
    assertThat(x.problems()).isEmpty();
  }

  @Test
  void readsMetadataContentsAndTables() {
    Expectations x = new Expectations();
    x.metadata(result, expected.get("metadata"));
    x.contents(result.disclosure(), expected.get("contents"));
    x.tables(result.disclosure(), expected.get("tables"));
    assertThat(x.problems()).isEmpty();
    assertThat(result.disclosure().tableNumber(10).orElseThrow().unit()).isEqualTo(MoneyUnit.YUAN);
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
  void reportsOnlyWhatItHadToInfer() {
    assertThat(result.usable()).isTrue();
    assertThat(result.diagnostics(Diagnostic.Severity.ERROR)).isEmpty();
    assertThat(result.diagnostics(Diagnostic.Severity.WARNING))
        .allMatch(d -> d.code().equals("read.cell.inferred"))
        .hasSize(expected.get("lostBlankRows").size());
  }
}
