package org.gongkai.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The completeness table in docs/catalogue.md states what the shipped lists really hold. */
class CatalogueDocTest {

  private static final Pattern ROW =
      Pattern.compile(
          "^\\| `([\\w-]+\\.csv)` \\| (\\d{4}|every year) \\| (\\d+) \\| (\\d+) / (\\d+) / (\\d+|–) \\|");

  @Test
  void completenessTableMatchesTheShippedLists() throws IOException {
    Path doc = Path.of("..", "docs", "catalogue.md");
    int rows = 0;
    for (String line : Files.readAllLines(doc)) {
      Matcher m = ROW.matcher(line);
      if (!m.find()) {
        continue;
      }
      rows++;
      CodeTable t = table(m.group(1));
      assertThat(t.size()).as(m.group(1)).isEqualTo(Integer.parseInt(m.group(3)));
      assertThat(t.count(CodeLevel.CLASS)).as(m.group(1)).isEqualTo(Integer.parseInt(m.group(4)));
      assertThat(t.count(CodeLevel.SECTION)).as(m.group(1)).isEqualTo(Integer.parseInt(m.group(5)));
      int items = m.group(6).equals("–") ? 0 : Integer.parseInt(m.group(6));
      assertThat(t.count(CodeLevel.ITEM)).as(m.group(1)).isEqualTo(items);
    }
    assertThat(rows).isEqualTo(6);
  }

  private static CodeTable table(String file) {
    Catalogue c = Catalogue.shipped();
    for (Classification k : Classification.values()) {
      for (CodeTable t : c.tables(k)) {
        if (t.layers().stream()
            .anyMatch(s -> s instanceof ListSource.Shipped sh && sh.resource().equals(file))) {
          return t;
        }
      }
    }
    throw new AssertionError("no shipped list " + file);
  }
}
