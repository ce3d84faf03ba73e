package org.gongkai.read.docx;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;
import org.gongkai.read.office.OfficePackages;

/**
 * Reads a Word document (DOCX) into a layout with Apache POI: body paragraphs in order (heading
 * styles and outline levels as headings), tables as grids with their merged cells (horizontal
 * {@code gridSpan}, vertical {@code vMerge}, rows that skip grid columns). A table that follows
 * another with only empty paragraphs or a page break between, with the same columns, is marked as
 * continuing it. Sources are {@code paragraph N} and {@code table T row R cell C}.
 *
 * <p>Damaged, encrypted or inflating (zip bomb) files are diagnostics, never exceptions; POI's XML
 * parsing does not resolve external entities. Stateless and thread-safe.
 */
public final class DocxLayoutReader implements LayoutReader {

  private final ReadLimits limits;

  public DocxLayoutReader() {
    this(ReadLimits.DEFAULT);
  }

  public DocxLayoutReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Layout read(byte[] bytes, String fileName) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    if (bytes.length == 0) {
      diags.add(Severity.ERROR, OfficePackages.EMPTY, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    if (OfficePackages.isOle2(bytes) && OfficePackages.isEncryptedPackage(bytes)) {
      diags.add(Severity.ERROR, OfficePackages.ENCRYPTED, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    Diagnostic bomb = OfficePackages.checkZip(bytes, fileName, limits);
    if (bomb != null) {
      diags.add(bomb);
      return new Layout(List.of(), diags.toList());
    }
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      return new Layout(new DocxBlocks(doc, limits, diags).read(), diags.toList());
    } catch (Exception | StackOverflowError e) {
      // POI reports damaged packages with a wide range of checked and unchecked exceptions (and
      // XMLBeans with its own); to a reader they all mean the same: not a usable document.
      diags.add(OfficePackages.failure(e, fileName));
      return new Layout(List.of(), diags.toList());
    }
  }
}
