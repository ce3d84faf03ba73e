package org.gongkai.read.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the encoding of a text and decodes it: a BOM decides (UTF-8, UTF-16); otherwise strict
 * UTF-8, then strict GB18030 (which covers GBK and GB2312, common for these documents); what
 * decodes strictly in neither is decoded leniently with the encoding that loses least.
 */
final class TextDecoder {

  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset GBK = Charset.forName("GBK");

  /**
   * A decoded text.
   *
   * @param charset the encoding used
   * @param bom whether a byte-order mark named it
   * @param malformed how many bytes or sequences could not be decoded (0 for a strict decode)
   */
  record Decoded(String text, Charset charset, boolean bom, int malformed) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes, int length) {
    if (startsWith(bytes, length, 0xEF, 0xBB, 0xBF)) {
      return utf8(bytes, 3, length - 3, true);
    }
    if (startsWith(bytes, length, 0xFF, 0xFE)) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16LE, true);
    }
    if (startsWith(bytes, length, 0xFE, 0xFF)) {
      return lenient(bytes, 2, length - 2, StandardCharsets.UTF_16BE, true);
    }
    Charset utf16 = utf16WithoutBom(bytes, length);
    if (utf16 != null) {
      return lenient(bytes, 0, length, utf16, false);
    }
    // The JDK's lenient decoding is much faster than a strict decoder; a text without replacement
    // characters decoded strictly (one that has some is scanned to tell)
    String fast = new String(bytes, 0, length, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new Decoded(fast, StandardCharsets.UTF_8, false, 0);
    }
    Utf8Scan scan = Utf8Scan.of(bytes, 0, length);
    // Valid UTF-8 with a broken tail (a truncated file) or a stray byte stays UTF-8: decoding it as
    // GB18030 would turn every character into two wrong ones.
    if (scan.invalid * 50 < scan.multiByte) {
      return new Decoded(fast, StandardCharsets.UTF_8, false, scan.invalid);
    }
    try {
      // GBK (a subset of GB18030) is named when it suffices, as users know their files by it
      String text = strict(GBK).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      return new Decoded(text, GBK, false, 0);
    } catch (CharacterCodingException e) {
      // not GBK: try the whole of GB18030
    }
    try {
      String text = strict(GB18030).decode(ByteBuffer.wrap(bytes, 0, length)).toString();
      return new Decoded(text, GB18030, false, 0);
    } catch (CharacterCodingException e) {
      Decoded gb = lenient(bytes, 0, length, GB18030, false);
      Decoded utf = utf8(bytes, 0, length, false);
      return gb.malformed() < utf.malformed() ? gb : utf;
    }
  }

  private static Decoded utf8(byte[] bytes, int off, int len, boolean bom) {
    int invalid = Utf8Scan.of(bytes, off, len).invalid;
    return new Decoded(
        new String(bytes, off, len, StandardCharsets.UTF_8), StandardCharsets.UTF_8, bom, invalid);
  }

  private static Decoded lenient(byte[] bytes, int off, int len, Charset cs, boolean bom) {
    CharsetDecoder dec =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try {
      CharBuffer out = dec.decode(ByteBuffer.wrap(bytes, off, len));
      String text = out.toString();
      int replaced = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\uFFFD') {
          replaced++;
        }
      }
      return new Decoded(text, cs, bom, replaced);
    } catch (CharacterCodingException e) {
      // cannot happen with REPLACE; keep the contract of never throwing on content
      return new Decoded("", cs, bom, len);
    }
  }

  private static CharsetDecoder strict(Charset cs) {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static boolean startsWith(byte[] b, int length, int... prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 without a BOM shows as NUL bytes in every other position (ASCII, digits, tabs). */
  private static Charset utf16WithoutBom(byte[] b, int length) {
    int n = Math.min(length, 4096) & ~1;
    if (n < 8) {
      return null;
    }
    int evenNul = 0;
    int oddNul = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenNul++;
      }
      if (b[i + 1] == 0) {
        oddNul++;
      }
    }
    int pairs = n / 2;
    if (oddNul * 4 > pairs && evenNul * 20 < pairs) {
      return StandardCharsets.UTF_16LE;
    }
    if (evenNul * 4 > pairs && oddNul * 20 < pairs) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /** Counts well-formed multi-byte UTF-8 sequences and invalid bytes, without decoding. */
  static final class Utf8Scan {
    int multiByte;
    int invalid;

    static Utf8Scan of(byte[] b, int off, int len) {
      Utf8Scan s = new Utf8Scan();
      int i = off;
      int end = off + len;
      while (i < end) {
        int c = b[i] & 0xFF;
        if (c < 0x80) {
          i++;
          continue;
        }
        int need = sequenceLength(c);
        if (need < 0 || i + need >= end) {
          s.invalid++;
          i++;
          continue;
        }
        boolean ok = true;
        for (int k = 1; k <= need; k++) {
          if ((b[i + k] & 0xC0) != 0x80) {
            ok = false;
            break;
          }
        }
        if (ok && need == 2) {
          int c1 = b[i + 1] & 0xFF;
          ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 > 0x9F);
        }
        if (ok) {
          s.multiByte++;
          i += need + 1;
        } else {
          s.invalid++;
          i++;
        }
      }
      return s;
    }

    /** Continuation bytes a lead byte needs, or -1 for a byte that cannot lead. */
    private static int sequenceLength(int lead) {
      if (lead >= 0xC2 && lead <= 0xDF) {
        return 1;
      }
      if (lead >= 0xE0 && lead <= 0xEF) {
        return 2;
      }
      return lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
    }
  }
}
