package org.gongkai.read;

import java.util.Locale;

/** Tells the formats no reader handles yet from their signatures, so they are not read as text. */
final class Formats {

  private Formats() {}

  /** The name of a format no reader handles, or null for text. */
  static String unsupported(byte[] b, String name) {
    if (starts(b, '%', 'P', 'D', 'F')) {
      return "PDF";
    }
    if (starts(b, 'P', 'K', 3, 4)) {
      String n = name.toLowerCase(Locale.ROOT);
      return n.endsWith(".xlsx") ? "XLSX" : n.endsWith(".docx") ? "DOCX" : "ZIP";
    }
    if (starts(b, 0xD0, 0xCF, 0x11, 0xE0)) {
      return "OLE (DOC/XLS)";
    }
    String head =
        new String(b, 0, Math.min(b.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
      return "HTML";
    }
    return null;
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
}
