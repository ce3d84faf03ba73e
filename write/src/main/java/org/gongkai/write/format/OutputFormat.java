package org.gongkai.write.format;

import java.util.Locale;
import java.util.Optional;

/** The formats the writer produces, with their file extensions. */
public enum OutputFormat {
  HTML("html"),
  PDF("pdf"),
  XLSX("xlsx"),
  DOCX("docx"),
  TEXT("txt"),
  JSON("json");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** The writer of this format. */
  public FormatWriter writer() {
    return switch (this) {
      case HTML -> new HtmlWriter();
      case PDF -> new PdfWriter();
      case XLSX -> new XlsxWriter();
      case DOCX -> new DocxWriter();
      case TEXT -> new TextWriter();
      case JSON -> new JsonWriter();
    };
  }

  /** The format a command-line name stands for: html, pdf, xlsx, docx, text (or txt), json. */
  public static Optional<OutputFormat> byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (OutputFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
