package org.gongkai.model.catalogue;

import java.io.IOException;

/** A catalogue list file that cannot be used: malformed, inconsistent, or unreadable. */
public final class CatalogueDataException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /**
   * @param file the file (path or resource name)
   * @param line the 1-based line, 0 when the problem is not on one line
   * @param message what is wrong, in English for developers
   */
  public CatalogueDataException(String file, int line, String message) {
    super(file + (line > 0 ? ":" + line : "") + ": " + message);
    this.file = file;
    this.line = line;
  }

  public String file() {
    return file;
  }

  /** The 1-based line, 0 when not on one line. */
  public int line() {
    return line;
  }
}
