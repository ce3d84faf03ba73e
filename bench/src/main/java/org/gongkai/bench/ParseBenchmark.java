package org.gongkai.bench;

import java.util.concurrent.TimeUnit;
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

/** Warm parse of the seed and of the bundled example: bytes → Disclosure (target ≤ 1 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {

  private final DisclosureReader reader = new DisclosureReader();
  private byte[] seed;
  private byte[] demo;

  @Setup
  public void load() {
    seed = BenchDocuments.seed();
    demo = BenchDocuments.demo();
  }

  @Benchmark
  public Disclosure parseSeed() {
    return reader.read(seed, "seed.txt").disclosure();
  }

  @Benchmark
  public Disclosure parseDemo() {
    return reader.read(demo, "demo.txt").disclosure();
  }
}
