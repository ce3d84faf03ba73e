package org.gongkai.app;

import java.nio.file.Path;
import org.gongkai.check.Checker;
import org.gongkai.check.Report;
import org.gongkai.read.DisclosureReader;
import org.gongkai.read.ReadResult;
import org.gongkai.read.UnreadableDocumentException;

/** Read then check one file; thread-safe (reader and checker are). */
final class Batch {

  /** One file's outcome: a report, or why there is none. */
  record Result(Path file, ReadResult read, Report report, String problem) {}

  private final DisclosureReader reader;
  private final Checker checker;
  private final String layout;

  Batch(DisclosureReader reader, Checker checker, String layout) {
    this.reader = reader;
    this.checker = checker;
    this.layout = layout;
  }

  Result check(Path file) {
    try {
      ReadResult r = reader.read(file, layout);
      if (!r.usable()) {
        String why =
            r.diagnostics().isEmpty()
                ? Text.get("check.notDisclosure")
                : org.gongkai.read.ReadMessages.format(r.diagnostics().get(0));
        return new Result(file, r, null, why);
      }
      return new Result(file, r, checker.check(r.disclosure()), null);
    } catch (UnreadableDocumentException e) {
      return new Result(file, null, null, e.getMessage());
    }
  }
}
