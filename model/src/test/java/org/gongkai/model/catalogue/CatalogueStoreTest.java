package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueStoreTest {

  @TempDir Path dataDir;

  private static final Instant AT = Instant.parse("2025-03-01T08:00:00Z");

  @Test
  void emptyDataFolderGivesTheShippedCatalogue() throws IOException {
    CatalogueStore store = new CatalogueStore(dataDir);
    assertThat(store.imports()).isEmpty();
    Catalogue c = store.load();
    assertThat(c.sources()).isEqualTo(Catalogue.shipped().sources());
    assertThat(Files.exists(store.directory())).isFalse();
  }

  @Test
  void savedImportIsLoadedBackAsAnImportedList() throws IOException {
    CatalogueStore store = new CatalogueStore(dataDir);
    Map<ClassificationCode, String> names = new LinkedHashMap<>();
    names.put(new FunctionCode("2010301"), "行政运行");
    names.put(new FunctionCode("203"), "国防支出");
    names.put(new FunctionCode("20301"), "军费");
    names.put(new EconomicCode("39999"), "名称, 带逗号和\"引号\"");
    ImportRecord r = store.save(2024, "2024年科目.xlsx", "ab12", AT, true, names);

    assertThat(r.directory()).isEqualTo(dataDir.resolve("catalogue").resolve("2024"));
    assertThat(r.rowCount(Classification.FUNCTION)).isEqualTo(3);
    assertThat(r.rowCount(Classification.FUNCTION, CodeLevel.CLASS)).isEqualTo(1);
    assertThat(r.rowCount(Classification.DEPARTMENT_ECONOMIC, CodeLevel.SECTION)).isEqualTo(1);
    assertThat(Files.readString(r.directory().resolve("function-codes.csv")))
        .isEqualTo(
            "code,level,name,parent\n"
                + "2010301,item,行政运行,20103\n"
                + "203,class,国防支出,\n"
                + "20301,section,军费,203\n");

    assertThat(store.imports()).containsExactly(r);
    Catalogue c = store.load();
    Entry e = c.function(2024, new FunctionCode("203")).orElseThrow();
    assertThat(e.source())
        .isEqualTo(
            new ListSource.Imported(
                Classification.FUNCTION, 2024, "2024年科目.xlsx", "ab12", AT, true));
    assertThat(c.economic(2024, new EconomicCode("39999")).map(Entry::name))
        .contains("名称, 带逗号和\"引号\"");
    assertThat(c.lookupFunction(2024, new FunctionCode("2010350")).status())
        .isEqualTo(Lookup.Status.ABSENT_FROM_COMPLETE_LIST);
  }

  @Test
  void laterImportForTheSameYearReplacesTheEarlierOne() throws IOException {
    CatalogueStore store = new CatalogueStore(dataDir);
    store.save(2024, "a.csv", "01", AT, false, Map.of(new FunctionCode("203"), "国防支出"));
    store.save(2024, "b.csv", "02", AT, false, Map.of(new FunctionCode("205"), "教育支出"));
    assertThat(store.imports()).extracting(ImportRecord::sourceFile).containsExactly("b.csv");
    Catalogue c = store.load();
    assertThat(c.function(2024, new FunctionCode("203"))).isEmpty();
    assertThat(c.function(2024, new FunctionCode("205"))).isPresent();
    try (var s = Files.list(store.directory())) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("2024");
    }
  }

  @Test
  void handEditedListThatDisagreesWithItselfIsRefusedWithFileAndLine() throws IOException {
    CatalogueStore store = new CatalogueStore(dataDir);
    ImportRecord r =
        store.save(2024, "a.csv", "01", AT, false, Map.of(new FunctionCode("20301"), "军费"));
    Files.writeString(
        r.directory().resolve("function-codes.csv"),
        "code,level,name,parent\n20301,section,军费,204\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(store::load)
        .isInstanceOfSatisfying(
            CatalogueDataException.class,
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.file()).endsWith("function-codes.csv");
            })
        .hasMessageContaining("parent");
  }

  @Test
  void metadataWithoutItsFieldsIsRefused() throws IOException {
    Path dir = dataDir.resolve("catalogue").resolve("2024");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("import.properties"), "year=2024\n");
    assertThatThrownBy(() -> new CatalogueStore(dataDir).imports())
        .isInstanceOf(CatalogueDataException.class)
        .hasMessageContaining("source.file");
  }

  @Test
  void foldersThatAreNotImportsAreIgnored() throws IOException {
    Files.createDirectories(dataDir.resolve("catalogue").resolve("notes"));
    Files.createDirectories(dataDir.resolve("catalogue").resolve("2023"));
    assertThat(new CatalogueStore(dataDir).imports()).isEmpty();
  }
}
