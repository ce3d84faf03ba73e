package org.gongkai.read.docx;

/** Diagnostic codes of the DOCX reader (keys of {@code org/gongkai/read/messages.properties}). */
final class DocxCodes {

  /** WARNING: too many paragraphs and tables. Args: limit, true count. */
  static final String LIMIT_BLOCKS = "read.limit.blocks";

  /** WARNING: a table had too many rows. Args: limit, true count. */
  static final String LIMIT_ROWS = "read.limit.rows";

  /** WARNING: a row had too many cells. Args: limit, true count. */
  static final String LIMIT_CELLS = "read.limit.cells";

  /** WARNING: a paragraph or cell was too long. Args: limit, true length. */
  static final String LIMIT_TEXT = "read.limit.text";

  static final String[] ALL = {LIMIT_BLOCKS, LIMIT_ROWS, LIMIT_CELLS, LIMIT_TEXT};

  private DocxCodes() {}
}
