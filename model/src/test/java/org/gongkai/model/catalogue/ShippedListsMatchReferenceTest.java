package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped resources are faithful copies of {@code ../shared/reference}. */
class ShippedListsMatchReferenceTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "function-codes-2023.csv",
        "function-codes-2024.csv",
        "function-codes-2025.csv",
        "function-codes-2026.csv",
        "economic-codes-department.csv",
        "economic-codes-government.csv",
        "provenance.csv",
        "README.md"
      })
  void resourceEqualsTheReferenceFile(String name) throws IOException {
    Path ref = referenceDir().resolve(name);
    try (InputStream in =
        getClass().getClassLoader().getResourceAsStream(ShippedLists.DIR + name)) {
      assertThat(in).as("resource %s", name).isNotNull();
      assertThat(new String(in.readAllBytes(), "UTF-8")).isEqualTo(Files.readString(ref));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"function-codes-2024.csv", "economic-codes-department.csv"})
  void everyShippedRowHasProvenance(String name) throws IOException {
    List<String> provenance = Files.readAllLines(referenceDir().resolve("provenance.csv"));
    List<String> rows = Files.readAllLines(referenceDir().resolve(name));
    for (String row : rows.subList(1, rows.size())) {
      String code = row.substring(0, row.indexOf(','));
      assertThat(provenance).anyMatch(p -> p.startsWith(name + "," + code + ","));
    }
  }

  static Path referenceDir() {
    String shared = System.getProperty("gongkai.shared");
    Path dir = shared == null ? null : Path.of(shared, "reference");
    Assumptions.assumeTrue(
        dir != null && Files.isDirectory(dir),
        "skipped: ../shared/reference is not present (set gongkai.shared)");
    return dir;
  }
}
