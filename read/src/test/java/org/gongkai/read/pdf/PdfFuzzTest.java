package org.gongkai.read.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gongkai.read.format.Mutations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mutants of a generated PDF and of a real one (when the corpus is there): none may throw or hang.
 * Seeds are fixed, so any failure reproduces with its seed.
 */
class PdfFuzzTest {

  private static final PdfLayoutReader READER = new PdfLayoutReader();
  private static final byte[] GENERATED = generated();
  private static final byte[] REAL = real();
  private static int tried;

  private static byte[] generated() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).text(50, 40, 14, "Table 1");
      m.grid(new float[] {50, 150, 300}, new float[] {100, 120, 140});
      m.text(55, 105, 9, "Code").text(155, 105, 9, "Amount");
      m.text(55, 125, 9, "201").text(155, 125, 9, "1,807.53");
      m.page(842, 595, 90).text(50, 40, 10, "Rotated page");
      return m.bytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] real() {
    String shared = System.getProperty("gongkai.shared");
    Path p =
        shared == null
            ? null
            : Path.of(shared, "corpus/real/ae86jack--open-budget/江苏省人大常委会办公厅2019年部门预算公开表.pdf");
    try {
      return p != null && Files.exists(p) ? Files.readAllBytes(p) : null;
    } catch (java.io.IOException e) {
      return null;
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 45).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutantsOfAGeneratedPdf(long seed) {
    Mutations.check(READER, Mutations.mutate(GENERATED, seed), "generated-" + seed + ".pdf");
    tried++;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutantsOfARealPdf(long seed) {
    if (REAL == null) {
      if (seed == 0) {
        System.out.println("SKIPPED: real PDF mutants (the corpus is not present)");
      }
      return;
    }
    if (seed % 3 != 0) {
      return; // a third of the seeds: real files are larger and slower to read
    }
    Mutations.check(READER, Mutations.mutate(REAL, seed), "real-" + seed + ".pdf");
    tried++;
  }

  @AfterAll
  static void report() {
    System.out.println("PDF fuzz: " + tried + " mutants read, none threw or hung");
  }
}
