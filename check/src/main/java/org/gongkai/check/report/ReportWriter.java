package org.gongkai.check.report;

import java.io.IOException;
import java.io.OutputStream;
import org.gongkai.check.Report;

/** Writes a report in one format. Implementations are stateless and thread-safe. */
public interface ReportWriter {

  /** Writes the report; the stream is flushed, not closed. */
  void write(Report report, OutputStream out) throws IOException;
}
