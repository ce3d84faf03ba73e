package org.gongkai.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.write.format.OutputFormat;
import org.junit.jupiter.api.Test;

class SmokeRenderTest {

  @Test
  void rendersTheSeedRebuild() throws Exception {
    WrittenDisclosure w = Examples.write("kizilsu-government-office-2024.yaml");
    Path out = Path.of("target", "smoke");
    Files.createDirectories(out);
    for (OutputFormat f : OutputFormat.values()) {
      try (OutputStream o = Files.newOutputStream(out.resolve("seed." + f.extension()))) {
        f.writer().write(w, o);
      }
    }
    w.warnings().forEach(System.out::println);
    assertThat(w.disclosure().tables()).hasSize(10);
  }
}
