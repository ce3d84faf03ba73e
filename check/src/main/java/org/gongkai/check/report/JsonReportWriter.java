package org.gongkai.check.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.gongkai.check.Finding;
import org.gongkai.check.Location;
import org.gongkai.check.Outcome;
import org.gongkai.check.Report;
import org.gongkai.check.RuleCoverage;
import org.gongkai.check.Severity;
import org.gongkai.model.Metadata;

/** The JSON report; its schema is documented in {@code docs/report-schema.md}. */
public final class JsonReportWriter implements ReportWriter {

  /** The schema's name and version, written as {@code "schema"}. */
  public static final String SCHEMA = "gongkai-check-report/1";

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public void write(Report r, OutputStream out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    g.writeStringField("rulesetVersion", r.rulesetVersion());
    g.writeStringField("catalogue", r.catalogue());
    g.writeStringField("materiality", r.materiality());
    document(g, r.metadata());
    summary(g, r);
    g.writeArrayFieldStart("findings");
    for (Finding f : r.findings()) {
      finding(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("suppressed");
    for (Report.SuppressedFinding s : r.suppressed()) {
      g.writeStartObject();
      g.writeFieldName("finding");
      finding(g, s.finding());
      g.writeStringField("reason", s.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    outcomes(g, "unchecked", r.unchecked());
    outcomes(g, "widened", r.widened());
    coverage(g, r);
    g.writeEndObject();
    g.flush();
  }

  private static void document(JsonGenerator g, Metadata m) throws IOException {
    g.writeObjectFieldStart("document");
    g.writeStringField("unit", m.unitName());
    g.writeNumberField("year", m.year());
    g.writeStringField("kind", m.kind() == null ? null : m.kind().name());
    g.writeStringField("scope", m.scope() == null ? null : m.scope().name());
    g.writeStringField("layout", m.layout());
    g.writeStringField("title", m.title());
    g.writeEndObject();
  }

  private static void summary(JsonGenerator g, Report r) throws IOException {
    g.writeObjectFieldStart("summary");
    for (Map.Entry<Severity, Integer> e : r.summary().entrySet()) {
      g.writeNumberField(e.getKey().name().toLowerCase(Locale.ROOT), e.getValue());
    }
    g.writeNumberField("findingsNotShown", r.findingsNotShown());
    g.writeNumberField("suppressed", r.suppressed().size());
    g.writeNumberField("exitCode", r.exitCode());
    g.writeEndObject();
  }

  static void finding(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
    g.writeStringField("title", Grouping.title(f.rule()));
    location(g, f.location());
    g.writeStringField("message", f.message());
    g.writeStringField("expected", f.expected());
    g.writeStringField("actual", f.actual());
    if (f.failedRule()) {
      g.writeBooleanField("ruleFailed", true);
    }
    g.writeEndObject();
  }

  static void location(JsonGenerator g, Location l) throws IOException {
    g.writeObjectFieldStart("location");
    g.writeStringField("part", l.part().name().toLowerCase(Locale.ROOT));
    if (l.tableNumber() >= 0) {
      g.writeNumberField("table", l.tableNumber());
    }
    optional(g, "tableName", l.table());
    if (l.row() >= 0) {
      g.writeNumberField("row", l.row() + 1);
    }
    optional(g, "rowCode", l.rowCode());
    optional(g, "rowName", l.rowName());
    optional(g, "column", l.column());
    optional(g, "section", l.section());
    if (l.sentence() > 0) {
      g.writeNumberField("sentence", l.sentence());
    }
    optional(g, "project", l.project());
    optional(g, "indicator", l.indicator());
    if (l.source().line() > 0) {
      g.writeNumberField("line", l.source().line());
    }
    if (l.source().page() > 0) {
      g.writeNumberField("page", l.source().page());
    }
    optional(g, "locator", l.source().locator());
    g.writeStringField("text", l.describe());
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null && !value.isEmpty()) {
      g.writeStringField(name, value);
    }
  }

  private static void outcomes(JsonGenerator g, String field, java.util.List<Outcome> list)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Outcome o : list) {
      g.writeStartObject();
      g.writeStringField("rule", o.rule());
      g.writeStringField("status", o.status().name().toLowerCase(Locale.ROOT));
      location(g, o.location());
      g.writeStringField("note", o.note());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void coverage(JsonGenerator g, Report r) throws IOException {
    g.writeArrayFieldStart("coverage");
    for (RuleCoverage c : r.coverage()) {
      g.writeStartObject();
      g.writeStringField("rule", c.rule());
      g.writeBooleanField("enabled", c.enabled());
      g.writeNumberField("examined", c.examined());
      g.writeNumberField("passed", c.passed());
      g.writeNumberField("failed", c.failed());
      g.writeNumberField("notApplicable", c.notApplicable());
      g.writeNumberField("insufficientData", c.insufficientData());
      g.writeNumberField("errors", c.errors());
      g.writeNumberField("suppressed", c.suppressed());
      g.writeNumberField("findingsKept", c.findingsKept());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
