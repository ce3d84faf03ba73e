package org.gongkai.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetDataReader;

/** The bundled examples under examples/data, read for tests. */
final class Examples {

  private Examples() {}

  static Path dir() {
    Path p = Path.of("..", "examples", "data").toAbsolutePath().normalize();
    if (!Files.isDirectory(p)) {
      p = Path.of("examples", "data").toAbsolutePath();
    }
    return p;
  }

  static BudgetData read(String name) throws Exception {
    return BudgetDataReader.read(dir().resolve(name));
  }

  static WrittenDisclosure write(String name) throws Exception {
    return BudgetWriter.shipped().write(read(name), name);
  }
}
