package org.gongkai.read.recognize;

/** Diagnostic codes of the recogniser (keys of {@code org/gongkai/read/messages.properties}). */
final class RecognizeCodes {
  /** ERROR: nothing in the document looks like a budget disclosure. Args: none. */
  static final String NOT_DISCLOSURE = "read.document.notDisclosure";

  /** WARNING: the document seems cut short (it ends inside a table, tables missing). */
  static final String TRUNCATED = "read.document.truncated";

  /** WARNING: no cover title with year and kind. */
  static final String NO_METADATA = "read.metadata.missing";

  /** WARNING: a titled table the profile does not know. Args: label number, title. */
  static final String TABLE_UNKNOWN = "read.table.unknown";

  /** WARNING: a grid without a title, taken for a table by its headers. Args: table number. */
  static final String TABLE_UNTITLED = "read.table.untitled";

  /** WARNING: a table of the layout was not found. Args: number, title. */
  static final String TABLE_MISSING = "read.table.missing";

  /** WARNING: a table appears twice. Args: number, title. */
  static final String TABLE_DUPLICATE = "read.table.duplicate";

  /**
   * WARNING: a table states no money unit; the layout's usual unit is assumed. Args: number, unit.
   */
  static final String TABLE_NO_UNIT = "read.table.noUnit";

  /** WARNING: a table has no header rows; the layout's columns are assumed. Args: number. */
  static final String TABLE_NO_HEADER = "read.table.noHeader";

  /** INFO: a grid continues the table before it (page break). Args: number. */
  static final String TABLE_CONTINUED = "read.table.continued";

  /** WARNING: a header the profile does not know. Args: table number, header. */
  static final String COLUMN_UNKNOWN = "read.column.unknown";

  /** INFO: a column of the layout not printed. Args: table number, header. */
  static final String COLUMN_MISSING = "read.column.missing";

  /** WARNING: values placed by inference. Args: table number, placements (value→column, …). */
  static final String CELL_INFERRED = "read.cell.inferred";

  /** WARNING: placement ambiguous; the nearest to print was kept. Args: table number, values. */
  static final String CELL_AMBIGUOUS = "read.cell.ambiguous";

  /** WARNING: a row with more values than columns. Args: table number, count, columns. */
  static final String ROW_UNPLACED = "read.row.unplaced";

  /** WARNING: a grid that is neither a known table nor a performance sheet. Args: first cells. */
  static final String GRID_UNRECOGNISED = "read.grid.unrecognised";

  /** WARNING: a performance sheet without indicators. Args: project. */
  static final String SHEET_NO_INDICATORS = "read.sheet.noIndicators";

  /** INFO: an indicator row printed one column to the right was moved back. Args: name. */
  static final String INDICATOR_SHIFTED = "read.indicator.shifted";

  /** INFO: a wrapped line was joined to its indicator. Args: name. */
  static final String INDICATOR_CONTINUED = "read.indicator.continued";

  /** INFO: rows above a centred level label were given that label. Args: label, count. */
  static final String INDICATOR_RELABELLED = "read.indicator.relabelled";

  static final String[] ALL = {
    NOT_DISCLOSURE,
    TRUNCATED,
    NO_METADATA,
    TABLE_UNKNOWN,
    TABLE_UNTITLED,
    TABLE_MISSING,
    TABLE_DUPLICATE,
    TABLE_NO_UNIT,
    TABLE_NO_HEADER,
    TABLE_CONTINUED,
    COLUMN_UNKNOWN,
    COLUMN_MISSING,
    CELL_INFERRED,
    CELL_AMBIGUOUS,
    ROW_UNPLACED,
    GRID_UNRECOGNISED,
    SHEET_NO_INDICATORS,
    INDICATOR_SHIFTED,
    INDICATOR_CONTINUED,
    INDICATOR_RELABELLED
  };

  private RecognizeCodes() {}
}
