package org.gongkai.read.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a document's format from its bytes, not its name: the PDF header, the entries of a zip
 * package (word/ or xl/), the streams of an OLE2 container (Workbook or WordDocument), the markup
 * at the start of an HTML page. The file name is only a tie-breaker where the content is silent.
 * Stateless.
 */
public final class FormatDetector {

  /** How far into the file the PDF header may start (the specification allows leading junk). */
  private static final int PDF_HEADER_WINDOW = 1024;

  private static final int HTML_WINDOW = 2048;

  private FormatDetector() {}

  public static Format detect(byte[] b, String name) {
    if (indexOf(b, ascii("%PDF-"), 0, Math.min(b.length, PDF_HEADER_WINDOW)) >= 0) {
      return Format.PDF;
    }
    if (starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6)) {
      return zip(b);
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return ole(b, name);
    }
    if (starts(b, '{', '\\', 'r', 't', 'f')) {
      return Format.RTF;
    }
    if (isHtml(b)) {
      return Format.HTML;
    }
    return looksBinary(b) ? Format.BINARY : Format.TEXT;
  }

  /**
   * An OOXML package names its main part in the zip's headers, which are stored uncompressed: the
   * names are found without inflating anything (a zip bomb costs nothing here).
   */
  private static Format zip(byte[] b) {
    boolean word = indexOf(b, ascii("word/document"), 0, b.length) >= 0;
    boolean xl = indexOf(b, ascii("xl/workbook.xml"), 0, b.length) >= 0;
    if (word && !xl) {
      return Format.DOCX;
    }
    if (xl && !word) {
      return Format.XLSX;
    }
    return Format.ZIP;
  }

  /** An OLE2 container names its streams in UTF-16 in its directory. */
  private static Format ole(byte[] b, String name) {
    boolean book =
        indexOf(b, utf16("Workbook"), 0, b.length) >= 0
            || indexOf(b, utf16("Book"), 0, b.length) >= 0;
    boolean word = indexOf(b, utf16("WordDocument"), 0, b.length) >= 0;
    if (word && !book) {
      return Format.DOC;
    }
    if (book) {
      return Format.XLS;
    }
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    return n.endsWith(".doc") ? Format.DOC : Format.XLS;
  }

  private static boolean isHtml(byte[] b) {
    int n = Math.min(b.length, HTML_WINDOW);
    String head;
    if (starts(b, 0xFF, 0xFE)) {
      head = new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16LE);
    } else if (starts(b, 0xFE, 0xFF)) {
      head = new String(b, 2, Math.max(0, n - 2), StandardCharsets.UTF_16BE);
    } else {
      head = new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }
    head = head.replace("\u00EF\u00BB\u00BF", "").replace("\uFEFF", "").stripLeading();
    String h = head.toLowerCase(Locale.ROOT);
    if (h.startsWith("<!doctype html") || h.startsWith("<html")) {
      return true;
    }
    return h.startsWith("<")
        && (h.contains("<html")
            || h.contains("<body")
            || h.contains("<head")
            || h.contains("<table")
            || h.contains("<meta"));
  }

  /** NUL bytes outside a UTF-16 text mark binary content. */
  private static boolean looksBinary(byte[] b) {
    if (starts(b, 0xFF, 0xFE) || starts(b, 0xFE, 0xFF)) {
      return false;
    }
    int n = Math.min(b.length, 4096);
    int zeros = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        zeros++;
      }
    }
    // UTF-16 without a BOM has a NUL in every other byte of ASCII text; that is the text
    // reader's business. Binary formats have NULs scattered at other rates.
    return zeros > 0 && (zeros * 4 < n || zeros * 4 > n * 3) && !utf16Pattern(b, n);
  }

  private static boolean utf16Pattern(byte[] b, int n) {
    int even = 0;
    int odd = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        if ((i & 1) == 0) {
          even++;
        } else {
          odd++;
        }
      }
    }
    return even == 0 || odd == 0;
  }

  private static boolean starts(byte[] b, int... sig) {
    if (b.length < sig.length) {
      return false;
    }
    for (int i = 0; i < sig.length; i++) {
      if ((b[i] & 0xFF) != sig[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] utf16(String s) {
    return s.getBytes(StandardCharsets.UTF_16LE);
  }

  static int indexOf(byte[] hay, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i <= to - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (hay[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
