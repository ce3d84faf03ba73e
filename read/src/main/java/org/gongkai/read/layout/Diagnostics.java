package org.gongkai.read.layout;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.SourceRef;

/**
 * Collects the diagnostics of one read, bounded: past the limit only a count is kept, reported at
 * the end as {@value #LIMIT_CODE} with the true number. Not thread-safe; one per read.
 */
public final class Diagnostics {

  /** The code of the diagnostic that reports dropped diagnostics. */
  public static final String LIMIT_CODE = "read.limit.diagnostics";

  private final List<Diagnostic> kept = new ArrayList<>();
  private final int limit;
  private int dropped;

  public Diagnostics(int limit) {
    this.limit = limit;
  }

  public void add(Diagnostic d) {
    if (kept.size() < limit) {
      kept.add(d);
    } else {
      dropped++;
    }
  }

  public void add(Diagnostic.Severity severity, String code, SourceRef source, Object... args) {
    if (kept.size() < limit) {
      kept.add(Diagnostic.of(severity, code, source, args));
    } else {
      dropped++;
    }
  }

  public void addAll(List<Diagnostic> ds) {
    for (Diagnostic d : ds) {
      add(d);
    }
  }

  /** True when an ERROR has been recorded. */
  public boolean hasError() {
    for (Diagnostic d : kept) {
      if (d.severity() == Diagnostic.Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  /** What was collected, with the count of dropped diagnostics last if any were dropped. */
  public List<Diagnostic> toList() {
    if (dropped == 0) {
      return List.copyOf(kept);
    }
    List<Diagnostic> out = new ArrayList<>(kept);
    out.add(
        Diagnostic.of(
            Diagnostic.Severity.WARNING, LIMIT_CODE, SourceRef.NONE, limit, limit + dropped));
    return List.copyOf(out);
  }
}
