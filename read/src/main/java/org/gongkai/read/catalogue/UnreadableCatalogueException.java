package org.gongkai.read.catalogue;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A list file that cannot be imported at all: missing, not a CSV or workbook, too large, or without
 * a single code. The message is in Chinese and names the file.
 */
public final class UnreadableCatalogueException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String key;
  private final List<String> args;

  UnreadableCatalogueException(String key, Throwable cause, Object... args) {
    super(CatalogueMessages.format(key, args), cause);
    this.key = key;
    this.args = Arrays.stream(args).map(String::valueOf).toList();
  }

  /** The message key in the read module's bundle. */
  public String key() {
    return key;
  }

  /** The message arguments; the first is the file. */
  public List<String> args() {
    return args;
  }
}
