package org.gongkai.read.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Builds small PDFs for the tests with PDFBox: pages in any orientation, text placed by its
 * top-left corner in the displayed page, ruling lines, thin filled rectangles, images. Coordinates
 * are in points from the top-left corner of the page as displayed (before any /Rotate).
 */
public final class PdfMaker implements AutoCloseable {

  private final PDDocument doc = new PDDocument();
  private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private PDPageContentStream out;
  private float height;
  private int rotation;

  public PdfMaker page(float width, float height) {
    return page(width, height, 0);
  }

  public PdfMaker page(float width, float height, int rotation) {
    finishPage();
    PDPage p = new PDPage(new PDRectangle(width, height));
    p.setRotation(rotation);
    doc.addPage(p);
    this.height = height;
    this.rotation = rotation;
    try {
      out = new PDPageContentStream(doc, p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Text with its baseline {@code size} below y. */
  public PdfMaker text(float x, float y, float size, String s) {
    try {
      out.beginText();
      out.setFont(font, size);
      if (rotation == 90) {
        // Displayed upright on a page turned by /Rotate 90: the text runs up the media box.
        out.setTextMatrix(new Matrix(0, 1, -1, 0, y + size, x));
      } else {
        out.newLineAtOffset(x, height - y - size);
      }
      out.showText(s);
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Text right-aligned at x. */
  public PdfMaker textRight(float x, float y, float size, String s) {
    try {
      return text(x - font.getStringWidth(s) / 1000 * size, y, size, s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public PdfMaker line(float x1, float y1, float x2, float y2) {
    try {
      out.setLineWidth(0.5f);
      if (rotation == 90) {
        out.moveTo(y1, x1);
        out.lineTo(y2, x2);
      } else {
        out.moveTo(x1, height - y1);
        out.lineTo(x2, height - y2);
      }
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** A ruled grid: horizontal rules at ys across, vertical rules at xs down. */
  public PdfMaker grid(float[] xs, float[] ys) {
    for (float y : ys) {
      line(xs[0], y, xs[xs.length - 1], y);
    }
    for (float x : xs) {
      line(x, ys[0], x, ys[ys.length - 1]);
    }
    return this;
  }

  /** A thin filled rectangle, as Excel draws its borders. */
  public PdfMaker bar(float x, float y, float w, float h) {
    try {
      out.addRect(x, height - y - h, w, h);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public PdfMaker image(float x, float y, float w, float h) {
    try {
      java.awt.image.BufferedImage img =
          new java.awt.image.BufferedImage(8, 8, java.awt.image.BufferedImage.TYPE_INT_RGB);
      PDImageXObject x0 = LosslessFactory.createFromImage(doc, img);
      out.drawImage(x0, x, height - y - h, w, h);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /**
   * Gives the font a ToUnicode map that sends every character to the private use area, as broken
   * producers do with Chinese fonts: the page shows text, its text layer is garbage.
   */
  public PdfMaker garbleFont() {
    String cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CMapName /Garble def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            + "endcodespacerange\n1 beginbfrange\n<21> <7E> <E000>\nendbfrange\nendcmap\n"
            + "CMapName currentdict /CMap defineresource pop\nend\nend\n";
    try {
      PDStream stream =
          new PDStream(
              doc, new java.io.ByteArrayInputStream(cmap.getBytes(StandardCharsets.US_ASCII)));
      font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public PDDocument document() {
    return doc;
  }

  public byte[] bytes() {
    return bytes(null);
  }

  /** The document with the contents of one page (0-based) replaced by a raw stream. */
  public byte[] bytesWith(int page, org.apache.pdfbox.cos.COSStream contents) {
    finishPage();
    doc.getPage(page).getCOSObject().setItem(COSName.CONTENTS, contents);
    return bytes(null);
  }

  /** The document, encrypted with a user password when one is given. */
  public byte[] bytes(String password) {
    finishPage();
    try {
      if (password != null) {
        StandardProtectionPolicy p =
            new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
        p.setEncryptionKeyLength(128);
        doc.protect(p);
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      doc.save(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void finishPage() {
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  @Override
  public void close() throws IOException {
    finishPage();
    doc.close();
  }
}
