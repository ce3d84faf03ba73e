package org.gongkai.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.check.CatalogueCodes;
import org.gongkai.check.Checker;
import org.gongkai.read.DisclosureReader;

/**
 * Whole-run batch throughput: read and check N documents (the seed and the bundled example in turn,
 * each as its own byte array) on T threads, as {@code gongkai check DIR} does, and print documents
 * per second. Usage: {@code java -cp bench/target/benchmarks.jar org.gongkai.bench.BatchThroughput
 * [N] [T] [rounds]}.
 */
public final class BatchThroughput {

  private BatchThroughput() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    byte[][] docs = {BenchDocuments.seed(), BenchDocuments.demo()};
    List<byte[]> batch = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      batch.add(docs[i % docs.length].clone());
    }
    DisclosureReader reader = new DisclosureReader();
    Checker checker = Checker.standard(CatalogueCodes.shipped());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        List<Future<Integer>> fs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          byte[] b = batch.get(i);
          String name = "doc" + i + ".txt";
          fs.add(
              pool.submit(
                  () -> checker.check(reader.read(b, name).disclosure()).findings().size()));
        }
        long findings = 0;
        for (Future<Integer> f : fs) {
          findings += f.get();
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "round %d: %d documents read+checked on %d threads in %.3f s = %.0f documents/s (%d findings)%n",
            r + 1,
            n,
            threads,
            s,
            n / s,
            findings);
      }
    } finally {
      pool.shutdown();
    }
  }
}
