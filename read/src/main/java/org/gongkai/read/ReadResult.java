package org.gongkai.read;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Disclosure;

/**
 * What reading one document gave.
 *
 * @param name the file name used in messages
 * @param disclosure the disclosure as read (possibly nearly empty)
 * @param diagnostics everything noticed while reading, in order (the same as the disclosure's)
 * @param usable whether anything usable was read: false means the input could not be read as a
 *     disclosure at all (the CLI's exit code 2)
 * @param encoding the text encoding used, or empty when the format has none
 */
public record ReadResult(
    String name,
    Disclosure disclosure,
    List<Diagnostic> diagnostics,
    boolean usable,
    String encoding) {

  public ReadResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(disclosure, "disclosure");
    diagnostics = List.copyOf(diagnostics);
    encoding = encoding == null ? "" : encoding;
  }

  /** Diagnostics of the given severity. */
  public List<Diagnostic> diagnostics(Diagnostic.Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).toList();
  }
}
