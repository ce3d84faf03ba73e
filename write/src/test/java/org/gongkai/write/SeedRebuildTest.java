package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.TidyCells;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The seed's unit rebuilt as budget data writes every figure of the seed's ten tables: each cell of
 * the hand-checked expectations (read/src/test/resources/…/seed-expected-cells.csv) is found in the
 * written tables with the same value, in the row of the same code (or, for rows without a code, the
 * same name) and the column of the same header.
 */
class SeedRebuildTest {

  private static final Path EXPECTED =
      Path.of(
          "..",
          "read",
          "src",
          "test",
          "resources",
          "org",
          "gongkai",
          "read",
          "seed-expected-cells.csv");

  @Test
  void everyPublishedFigureIsWritten() throws Exception {
    Assumptions.assumeTrue(Files.exists(EXPECTED), "skipped: " + EXPECTED + " is not there");
    WrittenDisclosure w = Examples.write("kizilsu-government-office-2024.yaml");
    Set<String> written = new HashSet<>();
    for (TidyCells.Entry e : TidyCells.of(w.disclosure()).entries()) {
      written.add(key(e.toCsvRecord()));
    }
    List<String> lines = Files.readAllLines(EXPECTED, StandardCharsets.UTF_8);
    List<String> missing = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank() && !written.contains(key(line))) {
        missing.add(line);
      }
    }
    assertThat(lines).hasSizeGreaterThan(100);
    assertThat(missing).isEmpty();
  }

  /** table, then the code (or the name when there is none), column and value. */
  private static String key(String csv) {
    String[] f = csv.split(",", -1);
    String row = f[1].isEmpty() ? f[2] : f[1];
    // 表7 rows carry a project name with their 项 code: the name tells the projects apart.
    if (f[0].equals("7") && f[1].length() == 7) {
      row = f[1] + "/" + f[2];
    }
    return f[0] + "|" + row + "|" + f[3] + "|" + f[4];
  }
}
