package org.gongkai.read;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A document that could not be read at all at the I/O boundary: missing, a directory, not
 * permitted, or failing while being read. Content problems are never exceptions: they are
 * diagnostics of the result. The message is Chinese and names the file.
 */
public final class UnreadableDocumentException extends IOException {

  private static final long serialVersionUID = 1L;

  private final transient Path file;

  public UnreadableDocumentException(Path file, String reason, Throwable cause) {
    super(ReadMessages.format("read.file.unreadable", file, reason), cause);
    this.file = file;
  }

  /** The file that could not be read. */
  public Path file() {
    return file;
  }
}
