package org.gongkai.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an HTML page into a layout with jsoup: headings, paragraphs (a {@code <br>} ends one) and
 * data tables as grids with their {@code rowspan}/{@code colspan}, in document order. A table that
 * holds other tables is page layout, not data: its cells are read as the page's flow. The page's
 * own encoding is used (byte-order mark, {@code <meta charset>}, else UTF-8 or GB18030; GB2312 and
 * GBK are read as GB18030). Links to attached documents (a page whose content is a PDF) are listed
 * in a diagnostic. Sources are element paths. Stateless and thread-safe.
 */
public final class HtmlLayoutReader implements LayoutReader {

  private static final String[] ATTACHMENT = {
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".zip", ".rar"
  };

  private static final int MAX_LISTED = 10;

  private final ReadLimits limits;

  public HtmlLayoutReader() {
    this(ReadLimits.DEFAULT);
  }

  public HtmlLayoutReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Layout read(byte[] bytes, String fileName) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    if (bytes.length == 0) {
      diags.add(Severity.ERROR, HtmlCodes.EMPTY, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    int n = (int) Math.min(bytes.length, limits.maxBytes());
    if (n < bytes.length) {
      diags.add(
          Severity.WARNING,
          HtmlCodes.LIMIT_BYTES,
          SourceRef.NONE,
          fileName,
          limits.maxBytes(),
          bytes.length);
      bytes = java.util.Arrays.copyOf(bytes, n);
    }
    HtmlCharset.Decoded d = HtmlCharset.decode(bytes);
    diags.add(
        Severity.INFO,
        HtmlCodes.ENCODING,
        SourceRef.NONE,
        fileName,
        d.charset().name(),
        d.declared().isEmpty() ? d.how() : d.declared());
    Parser parser = Parser.htmlParser().setTrackErrors(0);
    Document doc = Jsoup.parse(d.text(), "", parser);
    HtmlBlocks walker = new HtmlBlocks(limits, diags);
    Layout layout = new Layout(walker.read(doc.body()), List.of());
    attachments(doc, fileName, diags);
    if (layout.isEmpty()) {
      diags.add(Severity.ERROR, HtmlCodes.EMPTY, SourceRef.NONE, fileName);
    }
    return new Layout(layout.blocks(), diags.toList());
  }

  private static void attachments(Document doc, String fileName, Diagnostics diags) {
    List<String> found = new ArrayList<>();
    int count = 0;
    for (Element a : doc.select("a[href]")) {
      String href = a.attr("href");
      String h = href.toLowerCase(Locale.ROOT);
      int q = h.indexOf('?');
      String path = q >= 0 ? h.substring(0, q) : h;
      for (String ext : ATTACHMENT) {
        if (path.endsWith(ext) || h.contains(ext + "?") || h.contains("download")) {
          count++;
          if (found.size() < MAX_LISTED) {
            String text = a.text().strip();
            found.add(text.isEmpty() ? href : text);
          }
          break;
        }
      }
    }
    if (count > 0) {
      diags.add(
          Severity.INFO,
          HtmlCodes.ATTACHMENTS,
          SourceRef.NONE,
          fileName,
          count,
          String.join("、", found));
    }
  }
}
