package org.gongkai.read;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.SourceRef;
import org.gongkai.read.docx.DocxLayoutReader;
import org.gongkai.read.format.Format;
import org.gongkai.read.format.FormatDetector;
import org.gongkai.read.html.HtmlLayoutReader;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;
import org.gongkai.read.pdf.PdfLayoutReader;
import org.gongkai.read.text.TextLayoutReader;
import org.gongkai.read.xlsx.WorkbookLayoutReader;

/**
 * The layout reader for each format, chosen by content: {@code read} detects the format and hands
 * the bytes to its reader. A format without a reader gives an empty layout with an ERROR diagnostic
 * ({@value #UNSUPPORTED}), never an exception. Immutable and thread-safe.
 */
public final class LayoutReaders {

  /** ERROR: a format no reader handles. Args: file, format. */
  public static final String UNSUPPORTED = "read.format.unsupported";

  /** INFO: the format detected. Args: file, format. */
  public static final String DETECTED = "read.format.detected";

  private final Map<Format, LayoutReader> readers = new EnumMap<>(Format.class);

  /** The built-in readers with default limits. */
  public LayoutReaders() {
    this(ReadLimits.DEFAULT);
  }

  public LayoutReaders(ReadLimits limits) {
    readers.put(Format.TEXT, new TextLayoutReader(limits));
    readers.put(Format.PDF, new PdfLayoutReader(limits));
    readers.put(Format.DOCX, new DocxLayoutReader(limits));
    WorkbookLayoutReader workbooks = new WorkbookLayoutReader(limits);
    readers.put(Format.XLSX, workbooks);
    readers.put(Format.XLS, workbooks);
    readers.put(Format.HTML, new HtmlLayoutReader(limits));
  }

  /** The reader of a format, or null when none reads it. */
  public LayoutReader reader(Format format) {
    return readers.get(format);
  }

  /** Detects the format of the bytes and reads them with its reader. */
  public Layout read(byte[] bytes, String fileName) {
    return read(FormatDetector.detect(bytes, fileName), bytes, fileName);
  }

  /** Reads bytes of a known format with its reader. */
  public Layout read(Format f, byte[] bytes, String fileName) {
    LayoutReader r = readers.get(f);
    if (r == null) {
      return new Layout(
          List.of(),
          List.of(
              Diagnostic.of(
                  Diagnostic.Severity.ERROR, UNSUPPORTED, SourceRef.NONE, fileName, f.label())));
    }
    Layout layout = r.read(bytes, fileName);
    List<Diagnostic> ds = new ArrayList<>(layout.diagnostics().size() + 1);
    ds.add(Diagnostic.of(Diagnostic.Severity.INFO, DETECTED, SourceRef.NONE, fileName, f.label()));
    ds.addAll(layout.diagnostics());
    return new Layout(layout.blocks(), ds);
  }

  /** The format of some bytes, by content. */
  public static Format detect(byte[] bytes, String fileName) {
    return FormatDetector.detect(bytes, fileName);
  }
}
