package org.gongkai.read.office;

import java.nio.charset.StandardCharsets;
import org.apache.poi.EncryptedDocumentException;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.ReadLimits;

/**
 * What the Office readers share before and after Apache POI opens a file: a look at a zip package's
 * directory that refuses a zip bomb before anything is inflated, and the translation of POI's
 * failures into diagnostics. POI's own {@code ZipSecureFile} checks (inflation ratio, entry size)
 * stay on as a second line: the directory can lie, the inflater cannot.
 */
public final class OfficePackages {

  /** ERROR: the file is encrypted. Args: file. */
  public static final String ENCRYPTED = "read.office.encrypted";

  /** ERROR: the file is damaged or not what it claims. Args: file, reason. */
  public static final String CORRUPT = "read.office.corrupt";

  /** ERROR: the package inflates far beyond its size (a zip bomb). Args: file, size in MB. */
  public static final String BOMB = "read.office.zipBomb";

  /** ERROR: the file is empty. Args: file. */
  public static final String EMPTY = "read.office.empty";

  /** Declared entries may inflate at most this many times the package's size... */
  private static final long MAX_RATIO = 100;

  /** ...and never past this, whatever the package size. */
  private static final long MAX_INFLATED = 1L << 30;

  private OfficePackages() {}

  /**
   * A diagnostic when the zip's central directory declares more inflated bytes than the package
   * could honestly hold, else null. Parsing problems are left to POI.
   */
  public static Diagnostic checkZip(byte[] b, String fileName, ReadLimits limits) {
    int eocd = endOfDirectory(b);
    if (eocd < 0) {
      return null;
    }
    int entries = u16(b, eocd + 10);
    long offset = u32(b, eocd + 16);
    long total = 0;
    int p = (int) Math.min(offset, b.length);
    for (int i = 0; i < entries && p + 46 <= b.length; i++) {
      if (u32(b, p) != 0x02014b50L) {
        break;
      }
      long size = u32(b, p + 24);
      total += size;
      p += 46 + u16(b, p + 28) + u16(b, p + 30) + u16(b, p + 32);
    }
    long cap = Math.min(MAX_INFLATED, Math.max(limits.maxBytes(), b.length) * MAX_RATIO);
    if (total > cap) {
      return Diagnostic.of(Severity.ERROR, BOMB, SourceRef.NONE, fileName, total >> 20);
    }
    return null;
  }

  /** The diagnostic for a failure of POI (or of the XML beneath it) to open or read a file. */
  public static Diagnostic failure(Throwable e, String fileName) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EncryptedDocumentException) {
        return Diagnostic.of(Severity.ERROR, ENCRYPTED, SourceRef.NONE, fileName);
      }
      String m = String.valueOf(t.getMessage());
      if (m.contains("Zip bomb") || m.contains("zip bomb")) {
        return Diagnostic.of(Severity.ERROR, BOMB, SourceRef.NONE, fileName, "?");
      }
    }
    return Diagnostic.of(Severity.ERROR, CORRUPT, SourceRef.NONE, fileName, reason(e));
  }

  /** Whether an OLE2 container holds an encrypted Office package (a password-protected file). */
  public static boolean isEncryptedPackage(byte[] b) {
    byte[] name = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
    outer:
    for (int i = 0; i + name.length <= b.length; i++) {
      for (int j = 0; j < name.length; j++) {
        if (b[i + j] != name[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  public static boolean isOle2(byte[] b) {
    return b.length >= 4
        && (b[0] & 0xFF) == 0xD0
        && (b[1] & 0xFF) == 0xCF
        && (b[2] & 0xFF) == 0x11
        && (b[3] & 0xFF) == 0xE0;
  }

  private static String reason(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String m = root.getMessage();
    String name = root.getClass().getSimpleName();
    if (m == null || m.isBlank()) {
      return name;
    }
    return name + ": " + (m.length() > 200 ? m.substring(0, 200) : m);
  }

  private static int endOfDirectory(byte[] b) {
    int min = Math.max(0, b.length - 22 - 65535);
    for (int i = b.length - 22; i >= min; i--) {
      if (b[i] == 0x50 && b[i + 1] == 0x4b && b[i + 2] == 5 && b[i + 3] == 6) {
        return i;
      }
    }
    return -1;
  }

  private static int u16(byte[] b, int i) {
    if (i + 2 > b.length) {
      return 0;
    }
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    if (i + 4 > b.length || i < 0) {
      return 0;
    }
    return (b[i] & 0xFFL)
        | (b[i + 1] & 0xFFL) << 8
        | (b[i + 2] & 0xFFL) << 16
        | (b[i + 3] & 0xFFL) << 24;
  }
}
