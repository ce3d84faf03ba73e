package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped lists against the seed disclosure: every code and name printed in the seed's tables
 * that the lists contain must match after whitespace/width folding — except the seed's two known
 * misprints, which must be detected as different.
 */
class SeedCrossCheckTest {

  private static final Pattern TABLE = Pattern.compile("^表\\s*(\\d+)\\s*$");
  private static final Pattern COMBINED = Pattern.compile("^(\\d{3,7})\\s+(\\S.*)$");

  /** One code and name as printed in one table of the seed. */
  record Printed(int table, int line, ClassificationCode code, String name) {}

  private static List<Printed> printed;
  private static final Catalogue CATALOGUE = Catalogue.shipped();

  @BeforeAll
  static void readSeed() throws IOException {
    String shared = System.getProperty("gongkai.shared");
    Path seed = shared == null ? null : Path.of(shared, "seed", "000_220f206dadf5e393.txt");
    Assumptions.assumeTrue(
        seed != null && Files.isRegularFile(seed),
        "skipped: the seed ../shared/seed/000_220f206dadf5e393.txt is not present");
    printed = extract(Files.readAllLines(seed));
  }

  @Test
  void extractionFindsTheSeedsClassificationRows() {
    assertThat(printed).hasSizeGreaterThan(60);
    assertThat(codesOf(Classification.FUNCTION))
        .contains("201", "20103", "2010301", "2010350", "2010399", "2041099", "2080505", "234");
    assertThat(codesOf(Classification.DEPARTMENT_ECONOMIC))
        .contains("301", "30101", "30113", "30228", "30399")
        .hasSize(18);
  }

  @Test
  void everyListedCodeHasTheSeedsNameExceptTheKnownMisprint() {
    List<String> checked = new ArrayList<>();
    for (Printed p : printed) {
      Lookup l = CATALOGUE.lookup(2024, p.code());
      if (!(l instanceof Lookup.Known k)) {
        continue;
      }
      boolean same = k.entry().nameMatches(p.name());
      String where = "表" + p.table() + " line " + p.line() + " " + p.code() + " " + p.name();
      if (p.table() == 2 && p.code().digits().equals("2041099")) {
        assertThat(same).as("misprint must be detected: %s", where).isFalse();
        assertThat(k.entry().name()).isEqualTo("其他缉私警察支出");
      } else {
        assertThat(same).as("name differs from the official one: %s", where).isTrue();
      }
      checked.add(where);
    }
    assertThat(checked).hasSizeGreaterThan(50);
  }

  @Test
  void everyItemLevelRowAndEveryEconomicRowOfTheSeedIsListed() {
    for (Printed p : printed) {
      boolean itemTable = p.table() == 2 || p.table() == 3 || p.table() == 5 || p.table() == 7;
      if (itemTable || p.code().classification() != Classification.FUNCTION) {
        assertThat(CATALOGUE.lookup(2024, p.code()).status())
            .as("表%d %s", p.table(), p.code())
            .isEqualTo(Lookup.Status.KNOWN);
      }
    }
  }

  @Test
  void unlistedCodesAreUnknownAndTheirNamesAgreeAcrossTablesExceptTheClass234Misprint() {
    Map<String, Map<Integer, String>> namesByCode = new LinkedHashMap<>();
    for (Printed p : printed) {
      if (CATALOGUE.lookup(2024, p.code()).status() == Lookup.Status.UNKNOWN_CODE) {
        namesByCode
            .computeIfAbsent(p.code().digits(), k -> new LinkedHashMap<>())
            .put(p.table(), p.name());
      }
    }
    // 202 外交支出, 203 国防支出 … are real classes the partial 2024 list lacks.
    assertThat(namesByCode).containsKeys("202", "203", "209", "234");
    for (Map.Entry<String, Map<Integer, String>> e : namesByCode.entrySet()) {
      String t1 = e.getValue().get(1);
      String t4 = e.getValue().get(4);
      if (t1 == null || t4 == null) {
        continue;
      }
      if (e.getKey().equals("234")) {
        assertThat(NameFolding.sameName(t1, t4)).as("表4 misprint of 234").isFalse();
        assertThat(t4).isEqualTo("抗疫特别国债还本支出");
      } else {
        assertThat(NameFolding.sameName(t1, t4)).as("%s: %s vs %s", e.getKey(), t1, t4).isTrue();
      }
    }
  }

  private static Set<String> codesOf(Classification c) {
    Set<String> out = new TreeSet<>();
    printed.stream()
        .filter(p -> p.code().classification() == c)
        .forEach(p -> out.add(p.code().digits()));
    return out;
  }

  /** Codes and names from the tab-separated table lines between 表1 and the narrative part. */
  static List<Printed> extract(List<String> lines) {
    List<Printed> out = new ArrayList<>();
    int table = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher t = TABLE.matcher(line.strip());
      if (t.matches()) {
        table = Integer.parseInt(t.group(1));
      } else if (table > 0 && line.startsWith("第三部分")) {
        break;
      } else if (table > 0 && line.indexOf('\t') >= 0) {
        extractLine(line.split("\t", -1), table, i + 1, out);
      }
    }
    return out;
  }

  private static void extractLine(String[] f, int table, int line, List<Printed> out) {
    if (f[0].strip().matches("\\d{3}")) {
      // split 类/款/项 columns: "201\t03\t01\t行政运行\t…"
      StringBuilder code = new StringBuilder(f[0].strip());
      int i = 1;
      while (i < f.length && i <= 2 && f[i].strip().matches("(\\d{2})?")) {
        code.append(f[i].strip());
        i++;
      }
      add(code.toString(), i < f.length ? f[i] : "", table, line, out);
      return;
    }
    for (String field : f) {
      Matcher m = COMBINED.matcher(field.strip());
      if (m.matches()) {
        add(m.group(1), m.group(2), table, line, out);
      }
    }
  }

  private static void add(String digits, String name, int table, int line, List<Printed> out) {
    try {
      if (!name.isBlank()) {
        out.add(new Printed(table, line, ClassificationCode.parse(digits), name.strip()));
      }
    } catch (InvalidCodeException e) {
      // not a classification code (a count or a year in a cell)
    }
  }
}
