package org.gongkai.read.layout;

/**
 * Bounds on what is derived from one document, so that hostile or huge input stays cheap. Hitting a
 * bound is reported as a diagnostic with the true count, never silently.
 *
 * @param maxBytes bytes read from a file; the rest is not read
 * @param maxLines lines (or blocks) taken from a text
 * @param maxCellsPerRow cells kept in one grid row
 * @param maxRowsPerGrid rows kept in one grid
 * @param maxTextLength characters kept in one paragraph or cell
 * @param maxDiagnostics diagnostics kept for one document
 * @param maxPages pages read from a paged document (PDF); the rest are counted, not read
 */
public record ReadLimits(
    long maxBytes,
    int maxLines,
    int maxCellsPerRow,
    int maxRowsPerGrid,
    int maxTextLength,
    int maxDiagnostics,
    int maxPages) {

  /** Generous for any real disclosure (the largest have a few thousand lines and tables). */
  public static final ReadLimits DEFAULT =
      new ReadLimits(64L * 1024 * 1024, 50_000, 256, 20_000, 20_000, 2_000, 1_000);

  /** Limits with the default page bound. */
  public ReadLimits(
      long maxBytes,
      int maxLines,
      int maxCellsPerRow,
      int maxRowsPerGrid,
      int maxTextLength,
      int maxDiagnostics) {
    this(maxBytes, maxLines, maxCellsPerRow, maxRowsPerGrid, maxTextLength, maxDiagnostics, 1_000);
  }

  /** These limits with another page bound. */
  public ReadLimits withMaxPages(int pages) {
    return new ReadLimits(
        maxBytes, maxLines, maxCellsPerRow, maxRowsPerGrid, maxTextLength, maxDiagnostics, pages);
  }

  public ReadLimits {
    if (maxBytes < 1
        || maxLines < 1
        || maxCellsPerRow < 1
        || maxRowsPerGrid < 1
        || maxTextLength < 16
        || maxDiagnostics < 1
        || maxPages < 1) {
      throw new IllegalArgumentException("read limits must be positive");
    }
  }
}
