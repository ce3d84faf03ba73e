package org.gongkai.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Table;
import org.gongkai.model.TidyCells;
import org.gongkai.read.DisclosureReader;
import org.gongkai.read.ReadMessages;
import org.gongkai.read.ReadResult;
import org.gongkai.read.UnreadableDocumentException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gongkai parse}: read one disclosure and print the model, its cells, or a summary. */
@Command(
    name = "parse",
    resourceBundle = "org.gongkai.app.parse",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100)
final class ParseCommand implements Callable<Integer> {

  enum Format {
    summary,
    json,
    cells
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
  Path file;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "summary",
      descriptionKey = "format")
  Format format;

  @Option(names = "--layout", paramLabel = "ID", descriptionKey = "layout")
  String layout;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      descriptionKey = "out")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReadResult result;
    try {
      result = new DisclosureReader().read(file, layout);
    } catch (UnreadableDocumentException e) {
      err.println(Text.get("parse.unreadable", file, e.getMessage()));
      return ExitCode.UNREADABLE;
    }
    String text =
        switch (format) {
          case json -> ModelJson.mapper().writeValueAsString(result.disclosure()) + "\n";
          case cells -> TidyCells.of(result.disclosure()).toCsv();
          case summary -> summary(result);
        };
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
      err.println(Text.get("parse.written", out));
    }
    if (format != Format.summary) {
      Diagnostics.print(result, err);
    }
    if (!result.usable()) {
      return ExitCode.UNREADABLE;
    }
    return result.diagnostics(Diagnostic.Severity.ERROR).isEmpty()
            && result.diagnostics(Diagnostic.Severity.WARNING).isEmpty()
        ? ExitCode.OK
        : ExitCode.PROBLEMS;
  }

  private static String summary(ReadResult r) {
    Disclosure d = r.disclosure();
    StringBuilder sb = new StringBuilder();
    var m = d.metadata();
    sb.append(
            Text.get(
                "parse.summary.head",
                r.name(),
                m.unitName(),
                m.year(),
                label(m.scope() == null ? null : m.scope().label()),
                label(m.kind() == null ? null : m.kind().label()),
                m.layout(),
                r.encoding()))
        .append('\n');
    for (Table t : d.tables()) {
      long numbers =
          t.rows().stream().flatMap(row -> row.cells().stream()).filter(c -> c.isNumber()).count();
      sb.append(
              Text.get(
                  "parse.summary.table",
                  t.displayName(),
                  t.unit() == null ? "?" : t.unit().label(),
                  t.rows().size(),
                  numbers,
                  t.declaredEmpty() ? Text.get("parse.summary.empty") : ""))
          .append('\n');
    }
    sb.append(
            Text.get(
                "parse.summary.parts",
                d.contents().size(),
                d.narrative().size(),
                d.projects().size(),
                d.performance().size(),
                d.performance().stream().mapToInt(p -> p.indicators().size()).sum(),
                d.glossary().size(),
                d.claims().size()))
        .append('\n');
    for (Diagnostic diag : r.diagnostics()) {
      if (diag.severity() != Diagnostic.Severity.INFO) {
        sb.append("  ")
            .append(Diagnostics.severityLabel(diag.severity()))
            .append(' ')
            .append(ReadMessages.formatWithPlace(diag))
            .append('\n');
      }
    }
    return sb.toString();
  }

  private static String label(String s) {
    return s == null ? Text.get("parse.summary.unknown") : s;
  }
}
