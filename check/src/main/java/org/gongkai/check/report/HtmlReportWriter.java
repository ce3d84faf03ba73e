package org.gongkai.check.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Finding;
import org.gongkai.check.Messages;
import org.gongkai.check.Part;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * A self-contained HTML page: the findings by part, then the document's tables with each cell a
 * finding points at marked and titled with the finding's message (a row-level finding marks the
 * row). No scripts, no external resources.
 */
public final class HtmlReportWriter implements ReportWriter {

  private static final String STYLE =
      "body{font-family:sans-serif;margin:2em;color:#222}"
          + "table{border-collapse:collapse;margin:.5em 0 2em;font-size:13px}"
          + "td,th{border:1px solid #bbb;padding:2px 6px}td.n{text-align:right}"
          + "th{background:#eee}.error{background:#fbd5d5}.warning{background:#fdf0c4}"
          + ".notice{background:#d9eefb}li{margin:.4em 0}.sev{font-weight:bold}"
          + "tr.error td,tr.warning td,tr.notice td{border-color:#999}";

  @Override
  public void write(Report r, OutputStream stream) throws IOException {
    Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
    String heading = Messages.format("report.heading", Grouping.document(r.metadata()));
    out.write("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>");
    out.write(esc(heading));
    out.write("</title><style>" + STYLE + "</style></head><body>\n<h1>" + esc(heading) + "</h1>\n");
    out.write(
        "<p>"
            + esc(
                Messages.format(
                    "report.versions", r.rulesetVersion(), r.catalogue(), r.materiality()))
            + "</p>\n");
    Map<Severity, Integer> s = r.summary();
    out.write(
        "<p>"
            + esc(
                Messages.format(
                    "report.summary",
                    r.findings().size(),
                    s.get(Severity.ERROR),
                    s.get(Severity.WARNING),
                    s.get(Severity.NOTICE)))
            + "</p>\n");
    for (Map.Entry<Part, List<Finding>> e : Grouping.byPart(r).entrySet()) {
      out.write("<h2>" + esc(e.getKey().label()) + "</h2>\n<ol>\n");
      for (Finding f : e.getValue()) {
        out.write(item(f));
      }
      out.write("</ol>\n");
    }
    if (r.disclosure() != null) {
      tables(out, r);
    }
    out.write("</body></html>\n");
    out.flush();
  }

  private static String item(Finding f) {
    String cls = f.severity().name().toLowerCase(java.util.Locale.ROOT);
    String anchor = f.location().tableNumber() >= 0 ? "#t" + f.location().tableNumber() : "";
    String where = esc(f.location().describe());
    return "<li class=\""
        + cls
        + "\"><span class=\"sev\">"
        + esc(f.severity().label())
        + "</span> "
        + esc(f.rule())
        + " "
        + esc(Grouping.title(f.rule()))
        + "<br>"
        + (anchor.isEmpty() ? where : "<a href=\"" + anchor + "\">" + where + "</a>")
        + "<br>"
        + esc(f.message())
        + "</li>\n";
  }

  private static void tables(Writer out, Report r) throws IOException {
    out.write("<h2>" + esc(Messages.text("report.html.tables")) + "</h2>\n");
    Map<String, List<Finding>> byCell = new HashMap<>();
    for (Finding f : r.findings()) {
      if (f.location().tableNumber() >= 0 && f.location().row() >= 0) {
        byCell
            .computeIfAbsent(
                key(f.location().tableNumber(), f.location().row(), f.location().column()),
                k -> new ArrayList<>())
            .add(f);
      }
    }
    for (Table t : r.disclosure().tables()) {
      out.write(
          "<h3 id=\"t"
              + t.number()
              + "\">"
              + esc(t.displayName())
              + (t.unit() == null ? "" : "（" + esc(t.unit().label()) + "）")
              + "</h3>\n<table><tr>");
      for (Column c : t.columns()) {
        out.write("<th>" + esc(c.header()) + "</th>");
      }
      out.write("</tr>\n");
      for (Row row : t.rows()) {
        List<Finding> rowFindings = byCell.get(key(t.number(), row.index(), ""));
        out.write(
            rowFindings == null
                ? "<tr>"
                : "<tr class=\""
                    + cls(rowFindings)
                    + "\" title=\""
                    + esc(messages(rowFindings))
                    + "\">");
        for (Column c : t.columns()) {
          cell(out, row.cell(c.index()), byCell.get(key(t.number(), row.index(), c.header())));
        }
        out.write("</tr>\n");
      }
      out.write("</table>\n");
    }
  }

  private static void cell(Writer out, Cell cell, List<Finding> findings) throws IOException {
    StringBuilder cls = new StringBuilder(cell.isNumber() ? "n" : "");
    String title = "";
    if (findings != null) {
      cls.append(cls.length() > 0 ? " " : "").append(cls(findings));
      title = " title=\"" + esc(messages(findings)) + "\"";
    }
    out.write(
        "<td"
            + (cls.length() > 0 ? " class=\"" + cls + "\"" : "")
            + title
            + ">"
            + esc(cell.printed())
            + "</td>");
  }

  private static String cls(List<Finding> findings) {
    Severity worst = Severity.NOTICE;
    for (Finding f : findings) {
      if (f.severity().ordinal() < worst.ordinal()) {
        worst = f.severity();
      }
    }
    return worst.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String messages(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append(sb.length() > 0 ? "\n" : "").append(f.rule()).append(' ').append(f.message());
    }
    return sb.toString();
  }

  private static String key(int table, int row, String column) {
    return table + "/" + row + "/" + column;
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
