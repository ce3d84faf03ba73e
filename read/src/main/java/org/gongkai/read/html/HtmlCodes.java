package org.gongkai.read.html;

/** Diagnostic codes of the HTML reader (keys of {@code org/gongkai/read/messages.properties}). */
final class HtmlCodes {

  /** INFO: the encoding used. Args: file, charset, where it came from (declared name or how). */
  static final String ENCODING = "read.html.encoding";

  /** ERROR: the page is empty or has no text. Args: file. */
  static final String EMPTY = "read.html.empty";

  /** INFO: the page links to attached documents. Args: file, count, their names. */
  static final String ATTACHMENTS = "read.html.attachments";

  /** WARNING: only part of the bytes was read. Args: file, limit, true size. */
  static final String LIMIT_BYTES = "read.limit.bytes";

  /** WARNING: too many blocks. Args: limit, true count. */
  static final String LIMIT_BLOCKS = "read.limit.blocks";

  /** WARNING: a table had too many rows. Args: limit, true count. */
  static final String LIMIT_ROWS = "read.limit.rows";

  /** WARNING: a row had too many cells. Args: limit, true count. */
  static final String LIMIT_CELLS = "read.limit.cells";

  /** WARNING: a paragraph or cell was too long. Args: limit, true length. */
  static final String LIMIT_TEXT = "read.limit.text";

  static final String[] ALL = {
    ENCODING, EMPTY, ATTACHMENTS, LIMIT_BYTES, LIMIT_BLOCKS, LIMIT_ROWS, LIMIT_CELLS, LIMIT_TEXT
  };

  private HtmlCodes() {}
}
