package org.gongkai.read.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV (or tab-separated) list into a {@link Grid}. Lists exported from Excel on Chinese
 * Windows are often GB18030/GBK, so the encoding is detected: a UTF-8 BOM or valid UTF-8 is read as
 * UTF-8, anything else as GB18030.
 */
final class CsvGridReader {

  private static final Charset GB18030 = Charset.forName("GB18030");

  private CsvGridReader() {}

  static Grid read(byte[] bytes, String name, int maxRows) {
    String text = decode(bytes);
    char delimiter = delimiter(text);
    List<List<Grid.Cell>> rows = new ArrayList<>();
    List<Grid.Cell> row = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    for (; i < text.length() && rows.size() < maxRows; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.toString().isBlank()) {
        quoted = true;
      } else if (c == delimiter) {
        row.add(new Grid.Cell(cur.toString(), 0));
        cur.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(new Grid.Cell(cur.toString(), 0));
        rows.add(row);
        row = new ArrayList<>();
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    boolean truncated = rows.size() >= maxRows && !text.substring(i).isBlank();
    if (!truncated && (cur.length() > 0 || !row.isEmpty())) {
      row.add(new Grid.Cell(cur.toString(), 0));
      rows.add(row);
    }
    return new Grid(name, false, rows, truncated);
  }

  static String decode(byte[] bytes) {
    if (bytes.length >= 3
        && (bytes[0] & 0xff) == 0xef
        && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, GB18030);
    }
  }

  /** Tab when the first non-empty line has tabs and no commas; otherwise comma. */
  private static char delimiter(String text) {
    for (String line : text.split("\r?\n|\r", 20)) {
      if (!line.isBlank()) {
        return line.indexOf('\t') >= 0 && line.indexOf(',') < 0 ? '\t' : ',';
      }
    }
    return ',';
  }
}
