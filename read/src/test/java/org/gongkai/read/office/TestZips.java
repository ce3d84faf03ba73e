package org.gongkai.read.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Zip packages for the Office readers' tests, written from string templates. */
public final class TestZips {

  private TestZips() {}

  /** A zip of the given entries (name to UTF-8 text), in order. */
  public static byte[] zip(Map<String, String> entries) {
    Map<String, byte[]> raw = new LinkedHashMap<>();
    entries.forEach((k, v) -> raw.put(k, v.getBytes(StandardCharsets.UTF_8)));
    return zipBytes(raw);
  }

  public static byte[] zipBytes(Map<String, byte[]> entries) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return b.toByteArray();
  }

  /**
   * The same zip with every central-directory entry claiming the given inflated size: a package
   * that lies about what it holds.
   */
  public static byte[] claimSize(byte[] zip, long size) {
    byte[] out = zip.clone();
    for (int i = 0; i + 46 <= out.length; i++) {
      if (out[i] == 0x50 && out[i + 1] == 0x4b && out[i + 2] == 1 && out[i + 3] == 2) {
        for (int k = 0; k < 4; k++) {
          out[i + 24 + k] = (byte) (size >>> (8 * k));
        }
      }
    }
    return out;
  }

  /** An Office package encrypted with a password, as Word and Excel save it (an OLE2 file). */
  public static byte[] encrypt(byte[] ooxml, String password) {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
      Encryptor enc = info.getEncryptor();
      enc.confirmPassword(password);
      try (var os = enc.getDataStream(fs)) {
        os.write(ooxml);
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      fs.writeFilesystem(b);
      return b.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
