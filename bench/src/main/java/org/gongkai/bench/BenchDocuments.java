package org.gongkai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The documents the benchmarks read: the seed (from the shared folder beside the repository, or
 * {@code -Dgongkai.shared=DIR}) and the bundled example.
 */
final class BenchDocuments {
  private BenchDocuments() {}

  static Path shared() {
    String p = System.getProperty("gongkai.shared");
    if (p != null) {
      return Path.of(p);
    }
    for (Path c : new Path[] {Path.of("../shared"), Path.of("../../shared")}) {
      if (Files.isDirectory(c)) {
        return c;
      }
    }
    throw new IllegalStateException(
        "the shared folder (../shared) is not here; pass -Dgongkai.shared=DIR");
  }

  static byte[] seed() {
    return bytes(shared().resolve("seed/000_220f206dadf5e393.txt"));
  }

  static byte[] demo() {
    for (Path c :
        new Path[] {
          Path.of("examples/text/demo-unit-budget-2025.txt"),
          Path.of("../examples/text/demo-unit-budget-2025.txt")
        }) {
      if (Files.isRegularFile(c)) {
        return bytes(c);
      }
    }
    throw new IllegalStateException("run from the repository root: examples/ not found");
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
