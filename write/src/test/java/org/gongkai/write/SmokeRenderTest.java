package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.write.format.OutputFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmokeRenderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kizilsu-government-office-2024",
        "tianshan-county-urban-management-2025",
        "dongbin-commerce-commission-2025"
      })
  void renders(String name) throws Exception {
    WrittenDisclosure w = Examples.write(name + ".yaml");
    Path out = Path.of("target", "smoke");
    Files.createDirectories(out);
    for (OutputFormat f : OutputFormat.values()) {
      try (OutputStream o = Files.newOutputStream(out.resolve(name + "." + f.extension()))) {
        f.writer().write(w, o);
      }
    }
    w.warnings().forEach(System.out::println);
    assertThat(w.disclosure().tables()).isNotEmpty();
  }
}
