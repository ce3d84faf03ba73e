package org.gongkai.read.xlsx;

/**
 * Diagnostic codes of the workbook reader (keys of {@code org/gongkai/read/messages.properties}).
 */
final class SheetCodes {

  /** WARNING: the workbook has macros; they were not run, its values were read. Args: file. */
  static final String MACROS = "read.sheet.macros";

  /** INFO: a hidden sheet was not read. Args: sheet. */
  static final String HIDDEN_SHEET = "read.sheet.hidden";

  /** WARNING: a sheet had too many rows. Args: sheet, limit, true count. */
  static final String LIMIT_ROWS = "read.limit.sheetRows";

  /** WARNING: a row had too many cells. Args: limit, true count. */
  static final String LIMIT_CELLS = "read.limit.cells";

  /** WARNING: a cell was too long. Args: limit, true length. */
  static final String LIMIT_TEXT = "read.limit.text";

  static final String[] ALL = {MACROS, HIDDEN_SHEET, LIMIT_ROWS, LIMIT_CELLS, LIMIT_TEXT};

  private SheetCodes() {}
}
