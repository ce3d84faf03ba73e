package org.gongkai.app;

import java.io.PrintWriter;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.ReadMessages;
import org.gongkai.read.ReadResult;

/** Prints a reader's diagnostics to the error stream, in Chinese, with the file and the place. */
final class Diagnostics {
  private Diagnostics() {}

  static void print(ReadResult r, PrintWriter err) {
    for (Diagnostic d : r.diagnostics()) {
      if (d.severity() != Diagnostic.Severity.INFO) {
        err.println(
            r.name() + "：" + severityLabel(d.severity()) + " " + ReadMessages.formatWithPlace(d));
      }
    }
    err.flush();
  }

  static String severityLabel(Diagnostic.Severity s) {
    return Text.get("diagnostic." + s.name().toLowerCase(java.util.Locale.ROOT));
  }
}
