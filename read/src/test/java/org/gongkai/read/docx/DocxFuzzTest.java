package org.gongkai.read.docx;

import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gongkai.read.format.Mutations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutants of a generated Word document: none may throw or hang. Seeds are fixed. */
class DocxFuzzTest {

  private static final DocxLayoutReader READER = new DocxLayoutReader();
  private static final byte[] BASE =
      Docx.of(
          Docx.styled("1", "一、部门主要职能")
              + Docx.p("负责本部门的日常工作。")
              + DocxLayoutReaderTest.INCOME
              + Docx.pageBreak()
              + DocxLayoutReaderTest.INCOME);
  private static int tried;

  static Stream<Long> seeds() {
    return LongStream.range(0, 40).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutants(long seed) {
    Mutations.check(READER, Mutations.mutate(BASE, seed), "fuzz-" + seed + ".docx");
    tried++;
  }

  @AfterAll
  static void report() {
    System.out.println("DOCX fuzz: " + tried + " mutants read, none threw or hung");
  }
}
