package org.gongkai.read.format;

/** The document formats Gongkai tells apart by content. */
public enum Format {
  PDF("PDF", true),
  DOCX("DOCX", true),
  XLSX("XLSX", true),
  /** The binary Excel workbook (BIFF in an OLE2 container). */
  XLS("XLS", true),
  HTML("HTML", true),
  /** Plain text in any of the encodings the text reader detects. */
  TEXT("文本", true),
  /** The binary Word document (in an OLE2 container): not read. */
  DOC("DOC", false),
  /** Other OOXML or OpenDocument packages and plain zip archives: not read. */
  ZIP("ZIP", false),
  RTF("RTF", false),
  /** Binary content of no known kind. */
  BINARY("二进制", false);

  private final String label;
  private final boolean readable;

  Format(String label, boolean readable) {
    this.label = label;
    this.readable = readable;
  }

  /** The name shown to users. */
  public String label() {
    return label;
  }

  /** Whether a reader handles this format. */
  public boolean readable() {
    return readable;
  }
}
