package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * Something a reader noticed while building the model: a part it could not read, a value it had to
 * place by inference, a bound it hit. Diagnostics are about reading, not about the document's
 * correctness (that is the checker's job).
 *
 * @param severity how much it matters to the reader's result
 * @param code a stable key (also the resource-bundle key of the Chinese message)
 * @param args message arguments
 * @param source where
 */
public record Diagnostic(Severity severity, String code, List<String> args, SourceRef source) {

  /** How much a diagnostic matters. */
  public enum Severity {
    /** Nothing usable was read from this part. */
    ERROR,
    /** Part was read, part was not, or a value was placed by inference. */
    WARNING,
    /** For information. */
    INFO
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    args = List.copyOf(args);
    source = source == null ? SourceRef.NONE : source;
  }

  public static Diagnostic of(Severity s, String code, SourceRef source, Object... args) {
    return new Diagnostic(
        s, code, java.util.Arrays.stream(args).map(String::valueOf).toList(), source);
  }
}
