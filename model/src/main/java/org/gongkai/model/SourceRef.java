package org.gongkai.model;

/**
 * Where a value came from in its source document, precise enough for a reviewer to find it.
 *
 * @param line 1-based line in a text source, 0 when the source has no lines
 * @param page 1-based page of a paged source (PDF), 0 otherwise
 * @param locator what else pins it down, in the source's own terms: a PDF box {@code x,y,w,h}, a
 *     DOCX {@code table 3 row 2 cell 4}, an XLSX {@code Sheet1!C5}, an HTML element path; may be
 *     empty
 */
public record SourceRef(int line, int page, String locator) {

  public static final SourceRef NONE = new SourceRef(0, 0, "");

  public SourceRef {
    locator = locator == null ? "" : locator;
    if (line < 0 || page < 0) {
      throw new IllegalArgumentException("line and page must be >= 0: " + line + ", " + page);
    }
  }

  public static SourceRef line(int line) {
    return new SourceRef(line, 0, "");
  }

  public static SourceRef page(int page, String locator) {
    return new SourceRef(0, page, locator);
  }

  public boolean isKnown() {
    return line > 0 || page > 0 || !locator.isEmpty();
  }

  /** Short Chinese description: 第12行, 第3页 (box), or the locator. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    if (page > 0) {
      sb.append("第").append(page).append("页");
    }
    if (line > 0) {
      sb.append("第").append(line).append("行");
    }
    if (!locator.isEmpty()) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(locator);
    }
    return sb.toString();
  }
}
