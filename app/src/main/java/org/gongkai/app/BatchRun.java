package org.gongkai.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.check.report.ReportFormat;

/**
 * Checks many files in parallel, shows progress on the error stream, writes one report per file
 * when asked, and ends with a summary table by unit.
 */
final class BatchRun {

  private final Batch batch;
  private final List<Path> files;
  private final ReportFormat format;
  private final Path outDir;
  private final int threads;
  private final PrintWriter err;
  private final PrintWriter out;

  BatchRun(
      Batch batch,
      List<Path> files,
      ReportFormat format,
      Path outDir,
      Integer threads,
      PrintWriter err,
      PrintWriter out) {
    this.batch = batch;
    this.files = files;
    this.format = format;
    this.outDir = outDir;
    this.threads =
        threads == null ? Runtime.getRuntime().availableProcessors() : Math.max(1, threads);
    this.err = err;
    this.out = out;
  }

  int run() throws IOException {
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    List<Batch.Result> results = checkAll();
    printSummary(results);
    boolean anyReport = results.stream().anyMatch(r -> r.report() != null);
    if (!anyReport) {
      return ExitCode.UNREADABLE;
    }
    boolean problems =
        results.stream().anyMatch(r -> r.report() == null || r.report().exitCode() != 0);
    return problems ? ExitCode.PROBLEMS : ExitCode.OK;
  }

  private List<Batch.Result> checkAll() throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Progress progress = new Progress(files.size(), err);
    try {
      List<Future<Batch.Result>> futures = new ArrayList<>();
      for (Path f : files) {
        futures.add(
            pool.submit(
                () -> {
                  Batch.Result r = batch.check(f);
                  writeReport(r);
                  progress.step();
                  return r;
                }));
      }
      List<Batch.Result> results = new ArrayList<>();
      for (Future<Batch.Result> fu : futures) {
        results.add(fu.get());
      }
      progress.done();
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (ExecutionException e) {
      throw new IOException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private void writeReport(Batch.Result r) throws IOException {
    if (outDir == null || r.report() == null) {
      return;
    }
    Path target = outDir.resolve(r.file().getFileName() + ".check." + format.extension());
    try (OutputStream os = Files.newOutputStream(target)) {
      format.writer(false).write(r.report(), os);
    }
  }

  private void printSummary(List<Batch.Result> results) {
    out.println(Text.get("batch.header"));
    int errors = 0;
    int warnings = 0;
    int unreadable = 0;
    for (Batch.Result r : results) {
      if (r.report() == null) {
        unreadable++;
        out.println(Text.get("batch.unreadable", r.file(), r.problem()));
        continue;
      }
      Report rep = r.report();
      var m = r.read().disclosure().metadata();
      errors += rep.count(Severity.ERROR);
      warnings += rep.count(Severity.WARNING);
      out.println(
          Text.get(
              "batch.row",
              m.unitName().isEmpty() ? r.file().getFileName() : m.unitName(),
              m.year(),
              rep.count(Severity.ERROR),
              rep.count(Severity.WARNING),
              rep.count(Severity.NOTICE),
              r.file()));
    }
    out.println(
        Text.get(
            "batch.total",
            results.size(),
            results.size() - unreadable,
            unreadable,
            errors,
            warnings));
    if (outDir != null) {
      out.println(Text.get("batch.reports", outDir));
    }
    out.flush();
  }

  /** A one-line progress bar on the error stream (redrawn in place on a terminal). */
  static final class Progress {
    private final int total;
    private final PrintWriter err;
    private final AtomicInteger done = new AtomicInteger();
    private final boolean tty = System.console() != null;
    private volatile int lastShown = -1;

    Progress(int total, PrintWriter err) {
      this.total = total;
      this.err = err;
    }

    void step() {
      int n = done.incrementAndGet();
      int percent = n * 100 / total;
      if (percent != lastShown && (tty || percent % 10 == 0)) {
        lastShown = percent;
        synchronized (err) {
          int width = 30;
          int filled = percent * width / 100;
          String bar = "█".repeat(filled) + "░".repeat(width - filled);
          err.print(
              (tty ? "\r" : "")
                  + Text.get("batch.progress", bar, n, total, percent)
                  + (tty ? "" : "\n"));
          err.flush();
        }
      }
    }

    void done() {
      if (tty) {
        err.println();
      }
    }
  }
}
