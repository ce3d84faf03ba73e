package org.gongkai.bench;

import java.util.concurrent.TimeUnit;
import org.gongkai.check.CatalogueCodes;
import org.gongkai.check.Checker;
import org.gongkai.check.Report;
import org.gongkai.model.Disclosure;
import org.gongkai.read.DisclosureReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm check of an already parsed document: the time the checker adds beyond parsing (target ≤ 1 ms
 * for the seed).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CheckBenchmark {

  private final Checker checker = Checker.standard(CatalogueCodes.shipped());
  private Disclosure seed;
  private Disclosure demo;

  @Setup
  public void parse() {
    DisclosureReader reader = new DisclosureReader();
    seed = reader.read(BenchDocuments.seed(), "seed.txt").disclosure();
    demo = reader.read(BenchDocuments.demo(), "demo.txt").disclosure();
  }

  @Benchmark
  public Report checkSeed() {
    return checker.check(seed);
  }

  @Benchmark
  public Report checkDemo() {
    return checker.check(demo);
  }
}
