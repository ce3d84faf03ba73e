package org.gongkai.read.html;

import java.nio.charset.Charset;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.gongkai.read.format.Mutations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutants of a GBK government-style page: none may throw or hang. Seeds are fixed. */
class HtmlFuzzTest {

  private static final HtmlLayoutReader READER = new HtmlLayoutReader();
  private static final byte[] BASE = HtmlLayoutReaderTest.PAGE.getBytes(Charset.forName("GBK"));
  private static int tried;

  static Stream<Long> seeds() {
    return LongStream.range(0, 60).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutants(long seed) {
    Mutations.check(READER, Mutations.mutate(BASE, seed), "fuzz-" + seed + ".html");
    tried++;
  }

  @AfterAll
  static void report() {
    System.out.println("HTML fuzz: " + tried + " mutants read, none threw or hung");
  }
}
