package org.gongkai.read.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.CatalogueStore;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.CodeLevel;
import org.gongkai.model.catalogue.Entry;
import org.gongkai.model.catalogue.FunctionCode;
import org.gongkai.model.catalogue.ListSource;
import org.gongkai.model.catalogue.Lookup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueImporterTest {

  @TempDir Path dataDir;
  @TempDir Path inputs;

  private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

  private CatalogueImporter importer() {
    return new CatalogueImporter(new CatalogueStore(dataDir), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  private Path csv(String name, String text) throws IOException {
    Path f = inputs.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void importWritesOurCsvAndMetadataAndTheListOverridesTheShippedOne() throws Exception {
    Path f =
        csv(
            "科目2024.csv",
            "code,name\n201,一般公共服务支出\n20103,政府办公厅（室）及相关机构事务\n" + "2010301,行政运行（改名）\n203,国防支出\n");
    ImportResult r = importer().importFile(f, 2024, false);

    assertThat(r.replacedEarlierImport()).isFalse();
    assertThat(r.record().year()).isEqualTo(2024);
    assertThat(r.record().sourceFile()).isEqualTo("科目2024.csv");
    assertThat(r.record().importedAt()).isEqualTo(NOW);
    assertThat(r.record().sha256())
        .isEqualTo(
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
    assertThat(r.record().rowCount(Classification.FUNCTION, CodeLevel.CLASS)).isEqualTo(2);
    assertThat(Files.readString(r.record().directory().resolve("function-codes.csv")))
        .startsWith("code,level,name,parent\n201,class,一般公共服务支出,\n");
    assertThat(Files.readString(r.record().directory().resolve("import.properties")))
        .contains("source.file=科目2024.csv", "complete=false", "rows.function.item=1");

    // the shipped 2024 name of 2010301 differs: noted, and the import wins
    assertThat(r.comparison())
        .singleElement()
        .extracting(ImportProblem::message)
        .isEqualTo("编码 2010301：随附目录的名称为“行政运行”，导入目录为“行政运行（改名）”（以导入目录为准）。");

    Catalogue c = new CatalogueStore(dataDir).load();
    Entry e = c.function(2024, new FunctionCode("2010301")).orElseThrow();
    assertThat(e.name()).isEqualTo("行政运行（改名）");
    assertThat(e.source()).isInstanceOf(ListSource.Imported.class);
    assertThat(c.function(2024, new FunctionCode("203"))).isPresent();
    // partial import: codes it lacks are still unknown, and the shipped rest still answers
    assertThat(c.lookupFunction(2024, new FunctionCode("2080505")).status())
        .isEqualTo(Lookup.Status.KNOWN);
    assertThat(c.lookupFunction(2024, new FunctionCode("211")).status())
        .isEqualTo(Lookup.Status.UNKNOWN_CODE);
  }

  @Test
  void completeImportListsTheShippedCodesItLacksAndMakesAbsenceDefinite() throws Exception {
    Path f = csv("all.csv", "code,name\n201,一般公共服务支出\n20103,政府办公厅（室）及相关机构事务\n");
    ImportResult r = importer().importFile(f, 2024, true);
    assertThat(r.comparison()).allMatch(p -> p.kind() == ImportProblem.Kind.MISSING_FROM_IMPORT);
    assertThat(r.comparison()).hasSize(104 - 2);
    assertThat(r.comparison().get(0).message()).isEqualTo("编码 2010301 行政运行：随附的部分目录中有，导入的完整目录中没有。");
    Catalogue c = new CatalogueStore(dataDir).load();
    assertThat(c.lookupFunction(2024, new FunctionCode("2010301")).status())
        .isEqualTo(Lookup.Status.ABSENT_FROM_COMPLETE_LIST);
    assertThat(c.lookupFunction(2025, new FunctionCode("2010301")).status())
        .isEqualTo(Lookup.Status.KNOWN);
  }

  @Test
  void importForAYearWithoutShippedListIsNotComparedAndSecondImportReplacesTheFirst()
      throws Exception {
    Path first = csv("a.csv", "code,name\n201,一般公共服务支出\n");
    Path second = csv("b.csv", "code,name\n205,教育支出\n");
    ImportResult r1 = importer().importFile(first, 2027, true);
    assertThat(r1.comparison()).isEmpty();
    ImportResult r2 = importer().importFile(second, 2027, true);
    assertThat(r2.replacedEarlierImport()).isTrue();
    Catalogue c = new CatalogueStore(dataDir).load();
    assertThat(c.lookupFunction(2027, new FunctionCode("201")).status())
        .isEqualTo(Lookup.Status.ABSENT_FROM_COMPLETE_LIST);
    assertThat(c.function(2027, new FunctionCode("205"))).isPresent();
  }

  @Test
  void unreadableFileWritesNothing() throws IOException {
    Path f = csv("empty.csv", "");
    try {
      importer().importFile(f, 2024, false);
    } catch (UnreadableCatalogueException e) {
      assertThat(e.key()).isEqualTo("catalogue.error.noCodes");
    }
    assertThat(new CatalogueStore(dataDir).imports()).isEmpty();
    assertThat(Files.exists(dataDir.resolve("catalogue"))).isFalse();
  }
}
