package org.gongkai.read.pdf;

/** Diagnostic codes of the PDF reader (keys of {@code org/gongkai/read/messages.properties}). */
final class PdfCodes {

  /** INFO: what was read. Args: file, pages read, pages in the document. */
  static final String PAGES = "read.pdf.pages";

  /** ERROR: the file is empty. Args: file. */
  static final String EMPTY = "read.pdf.empty";

  /** ERROR: the PDF is password protected. Args: file. */
  static final String ENCRYPTED = "read.pdf.encrypted";

  /** ERROR: the bytes are not a readable PDF. Args: file, the parser's reason. */
  static final String CORRUPT = "read.pdf.corrupt";

  /** ERROR: the file is larger than the byte limit. Args: file, limit, true size. */
  static final String TOO_LARGE = "read.pdf.tooLarge";

  /** WARNING: one page could not be read; the others were. Args: file, the parser's reason. */
  static final String PAGE_FAILED = "read.pdf.pageFailed";

  /**
   * WARNING (ERROR when no page has text): pages without a text layer, probably scanned; they are
   * not read. Args: file, the pages (e.g. {@code 3, 5-7}), how many.
   */
  static final String NO_TEXT = "read.pdf.noText";

  /** ERROR: no page gave any text (all blank, none, or none readable). Args: file, pages. */
  static final String NO_CONTENT = "read.pdf.noContent";

  /** INFO: pages with nothing on them at all. Args: the pages. */
  static final String BLANK = "read.pdf.blank";

  /**
   * WARNING: fonts whose glyphs map to no or meaningless characters, so the text of those pages is
   * garbage. Args: file, the pages, the fonts, the share of such glyphs in per cent.
   */
  static final String GARBLED = "read.pdf.garbled";

  /** WARNING: only the first pages were read. Args: file, limit, true count. */
  static final String LIMIT_PAGES = "read.limit.pages";

  /** WARNING: a page had too many glyphs or drawing operations. Args: limit, true count. */
  static final String LIMIT_GLYPHS = "read.limit.glyphs";

  /**
   * WARNING: a page's drawing instructions inflate beyond the bound (a compression bomb), or the
   * document's do in total; the page was not read. Args: file, bound in MB.
   */
  static final String LIMIT_CONTENT = "read.limit.content";

  /** WARNING: a grid had too many rows. Args: limit, true count. */
  static final String LIMIT_ROWS = "read.limit.rows";

  /** WARNING: a grid had too many columns. Args: limit, true count. */
  static final String LIMIT_CELLS = "read.limit.cells";

  /** WARNING: a cell or paragraph was too long. Args: limit, true length. */
  static final String LIMIT_TEXT = "read.limit.text";

  static final String[] ALL = {
    PAGES,
    EMPTY,
    ENCRYPTED,
    CORRUPT,
    TOO_LARGE,
    PAGE_FAILED,
    NO_TEXT,
    BLANK,
    GARBLED,
    LIMIT_PAGES,
    LIMIT_GLYPHS,
    LIMIT_ROWS,
    LIMIT_CELLS,
    LIMIT_TEXT
  };

  private PdfCodes() {}
}
