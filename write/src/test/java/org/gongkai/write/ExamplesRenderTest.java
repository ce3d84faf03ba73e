package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.gongkai.write.format.OutputFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundled example validates without error and renders in every format but PDF (one PDF is
 * rendered in FormatWritersTest: it is the slow one).
 */
class ExamplesRenderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kizilsu-government-office-2024",
        "tianshan-county-urban-management-2025",
        "dongbin-commerce-commission-2025",
        "dongbin-commerce-commission-2025-department"
      })
  void rendersInEveryFormat(String name) throws Exception {
    WrittenDisclosure w = Examples.write(name + ".yaml");
    assertThat(w.warnings()).noneMatch(p -> p.isError());
    for (OutputFormat f : OutputFormat.values()) {
      if (f == OutputFormat.PDF) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      f.writer().write(w, out);
      assertThat(out.size()).as(f.name()).isGreaterThan(10_000);
    }
    assertThat(w.disclosure().tables())
        .hasSize(w.disclosure().metadata().layout().startsWith("xinjiang") ? 10 : 9);
  }
}
