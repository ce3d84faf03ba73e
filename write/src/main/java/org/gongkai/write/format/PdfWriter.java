package org.gongkai.write.format;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.gongkai.write.WrittenDisclosure;

/**
 * The PDF: the HTML page rendered by openhtmltopdf with the project's Chinese font embedded (a
 * subset of Noto Sans SC under the OFL, shipped as a resource), so that a machine with only a JDK
 * prints the Chinese and a text extractor reads it back through the font's ToUnicode map.
 */
public final class PdfWriter implements FormatWriter {

  static final String FAMILY = "Gongkai Sans SC";
  private static final String REGULAR = "/org/gongkai/write/fonts/GongkaiSansSC-Regular.ttf";
  private static final String BOLD = "/org/gongkai/write/fonts/GongkaiSansSC-Bold.ttf";

  static {
    // The renderer logs every stylesheet and font load at INFO to stderr; a CLI run should not.
    com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
  }

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.useFont(() -> font(REGULAR), FAMILY, 400, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.useFont(() -> font(BOLD), FAMILY, 700, PdfRendererBuilder.FontStyle.NORMAL, true);
    builder.withHtmlContent(HtmlWriter.html(disclosure.document()), null);
    builder.toStream(out);
    builder.run();
  }

  private static InputStream font(String resource) {
    InputStream in = PdfWriter.class.getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("the PDF font is missing: " + resource));
    }
    return in;
  }
}
