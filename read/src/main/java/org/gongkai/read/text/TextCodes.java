package org.gongkai.read.text;

/** Diagnostic codes of the text reader (keys of {@code org/gongkai/read/messages.properties}). */
final class TextCodes {
  /** INFO: the encoding used. Args: file, charset, whether a BOM named it. */
  static final String ENCODING = "read.text.encoding";

  /** WARNING: some bytes could not be decoded. Args: file, charset, count. */
  static final String ENCODING_LOSSY = "read.text.encodingLossy";

  /** ERROR: the file is empty. Args: file. */
  static final String EMPTY = "read.text.empty";

  /** ERROR: the bytes are not text. Args: file, share of control characters in per cent. */
  static final String BINARY = "read.text.binary";

  /** WARNING: only part of the bytes was read. Args: file, limit, true size. */
  static final String LIMIT_BYTES = "read.limit.bytes";

  /** WARNING: only part of the lines was read. Args: file, limit, true count. */
  static final String LIMIT_LINES = "read.limit.lines";

  /** WARNING: a row had too many cells. Args: limit, true count. */
  static final String LIMIT_CELLS = "read.limit.cells";

  /** WARNING: a grid had too many rows. Args: limit, true count. */
  static final String LIMIT_ROWS = "read.limit.rows";

  /** WARNING: a line was too long. Args: limit, true length. */
  static final String LIMIT_TEXT = "read.limit.text";

  /** INFO: a table row written with spaces instead of tabs was split into cells. Args: cells. */
  static final String SPACE_ROW = "read.text.spaceRow";

  static final String[] ALL = {
    ENCODING,
    ENCODING_LOSSY,
    EMPTY,
    BINARY,
    LIMIT_BYTES,
    LIMIT_LINES,
    LIMIT_CELLS,
    LIMIT_ROWS,
    LIMIT_TEXT,
    SPACE_ROW
  };

  private TextCodes() {}
}
