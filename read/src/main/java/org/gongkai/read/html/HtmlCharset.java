package org.gongkai.read.html;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The encoding of an HTML page, as a browser would find it: a byte-order mark, else the charset
 * declared in a {@code <meta>} near the top, else UTF-8 if the bytes are valid UTF-8, else GB18030.
 * A page that declares GB2312 or GBK is decoded as GB18030, their superset: pages saved as GBK
 * routinely declare GB2312 and use characters outside it.
 */
final class HtmlCharset {

  private static final int SNIFF = 4096;

  private static final Pattern META =
      Pattern.compile(
          "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  /** The charset used and how it was found. */
  record Decoded(String text, Charset charset, String declared, String how) {}

  private HtmlCharset() {}

  static Decoded decode(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      return new Decoded(
          new String(b, 3, b.length - 3, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8,
          "",
          "BOM");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE),
          StandardCharsets.UTF_16LE,
          "",
          "BOM");
    }
    if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      return new Decoded(
          new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE),
          StandardCharsets.UTF_16BE,
          "",
          "BOM");
    }
    String head = new String(b, 0, Math.min(b.length, SNIFF), StandardCharsets.ISO_8859_1);
    Matcher m = META.matcher(head);
    if (m.find()) {
      String declared = m.group(1);
      Charset cs = charset(declared);
      if (cs != null) {
        return new Decoded(new String(b, cs), cs, declared, "meta");
      }
    }
    if (isUtf8(b)) {
      return new Decoded(
          new String(b, StandardCharsets.UTF_8), StandardCharsets.UTF_8, "", "UTF-8");
    }
    Charset gb = Charset.forName("GB18030");
    return new Decoded(new String(b, gb), gb, "", "GB18030");
  }

  private static Charset charset(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("gb2312")
        || n.equals("gbk")
        || n.equals("gb18030")
        || n.equals("x-gbk")
        || n.equals("cp936")
        || n.equals("euc-cn")) {
      return Charset.forName("GB18030");
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // an unknown name: sniff instead
    }
  }

  private static boolean isUtf8(byte[] b) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
