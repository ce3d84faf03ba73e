package org.gongkai.check.report;

import java.util.Locale;

/** The report formats, as {@code --format} names them. */
public enum ReportFormat {
  TEXT,
  JSON,
  HTML,
  XLSX;

  /** The writer for this format; {@code colour} matters only for text. */
  public ReportWriter writer(boolean colour) {
    return switch (this) {
      case TEXT -> new TextReportWriter(colour);
      case JSON -> new JsonReportWriter();
      case HTML -> new HtmlReportWriter();
      case XLSX -> new XlsxReportWriter();
    };
  }

  /** The usual file extension. */
  public String extension() {
    return this == TEXT ? "txt" : name().toLowerCase(Locale.ROOT);
  }

  /** Parses a {@code --format} value, case-insensitively. */
  public static ReportFormat parse(String s) {
    return valueOf(s.strip().toUpperCase(Locale.ROOT));
  }
}
