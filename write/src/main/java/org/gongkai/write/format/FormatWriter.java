package org.gongkai.write.format;

import java.io.IOException;
import java.io.OutputStream;
import org.gongkai.write.WrittenDisclosure;

/** One output format of a written disclosure. */
public interface FormatWriter {

  /** Writes the disclosure to the stream (which stays open). */
  void write(WrittenDisclosure disclosure, OutputStream out) throws IOException;
}
