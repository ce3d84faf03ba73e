package org.gongkai.check.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Finding;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcome;
import org.gongkai.check.Part;
import org.gongkai.check.Report;
import org.gongkai.check.RuleCoverage;
import org.gongkai.check.Severity;

/** The terminal report: Chinese, grouped by part of the document, ANSI colour only when asked. */
public final class TextReportWriter implements ReportWriter {

  private static final String RESET = "\u001b[0m";
  private final boolean colour;

  public TextReportWriter(boolean colour) {
    this.colour = colour;
  }

  @Override
  public void write(Report r, OutputStream stream) throws IOException {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), false);
    out.println(Messages.format("report.heading", Grouping.document(r.metadata())));
    out.println(
        Messages.format("report.versions", r.rulesetVersion(), r.catalogue(), r.materiality()));
    Map<Severity, Integer> s = r.summary();
    out.println(
        Messages.format(
            "report.summary",
            r.findings().size(),
            paint(Severity.ERROR, String.valueOf(s.get(Severity.ERROR))),
            paint(Severity.WARNING, String.valueOf(s.get(Severity.WARNING))),
            paint(Severity.NOTICE, String.valueOf(s.get(Severity.NOTICE)))));
    for (Map.Entry<Part, List<Finding>> e : Grouping.byPart(r).entrySet()) {
      out.println();
      out.println(Messages.format("report.part", e.getKey().label(), e.getValue().size()));
      for (Finding f : e.getValue()) {
        finding(out, f);
      }
    }
    footer(out, r);
    out.flush();
  }

  private void finding(PrintWriter out, Finding f) {
    out.println(
        "  "
            + paint(f.severity(), f.severity().label())
            + " "
            + f.rule()
            + " "
            + Grouping.title(f.rule()));
    out.println("    " + Messages.format("report.where", f.location().describe()));
    out.println("    " + f.message());
  }

  private void footer(PrintWriter out, Report r) {
    if (r.findingsNotShown() > 0) {
      out.println();
      out.println(Messages.format("report.not-shown", r.findingsNotShown()));
    }
    if (!r.widened().isEmpty()) {
      out.println(
          Messages.format("report.widened", String.valueOf(r.widened().size()), r.materiality()));
    }
    if (!r.suppressed().isEmpty()) {
      out.println(Messages.format("report.suppressed", r.suppressed().size()));
    }
    int passed = 0;
    int failed = 0;
    int na = 0;
    int insufficient = 0;
    int errors = 0;
    int enabled = 0;
    for (RuleCoverage c : r.coverage()) {
      enabled += c.enabled() ? 1 : 0;
      passed += c.passed();
      failed += c.failed();
      na += c.notApplicable();
      insufficient += c.insufficientData();
      errors += c.errors();
    }
    out.println();
    out.println(
        Messages.format(
            "report.coverage",
            enabled,
            passed + failed + insufficient + errors,
            passed,
            failed,
            na,
            insufficient,
            errors));
    uncheckedByRule(out, r);
  }

  /** What could not be checked, one line per rule with a count and the first places. */
  private static void uncheckedByRule(PrintWriter out, Report r) {
    Map<String, List<Outcome>> byRule = new java.util.LinkedHashMap<>();
    for (Outcome o : r.unchecked()) {
      byRule.computeIfAbsent(o.rule(), k -> new java.util.ArrayList<>()).add(o);
    }
    for (Map.Entry<String, List<Outcome>> e : byRule.entrySet()) {
      Outcome first = e.getValue().get(0);
      out.println(
          "  "
              + Messages.format(
                  "report.unchecked",
                  e.getKey(),
                  String.valueOf(e.getValue().size()),
                  first.location().describe(),
                  first.note()));
    }
  }

  private String paint(Severity s, String text) {
    if (!colour) {
      return text;
    }
    String code =
        switch (s) {
          case ERROR -> "\u001b[31;1m";
          case WARNING -> "\u001b[33m";
          case NOTICE -> "\u001b[36m";
        };
    return code + text + RESET;
  }
}
