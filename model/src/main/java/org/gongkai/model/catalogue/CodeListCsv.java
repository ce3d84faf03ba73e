package org.gongkai.model.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Our list format, shared by the shipped resources and the user's data folder: UTF-8 CSV with the
 * header {@code code,level,name,parent}, one code per row. Level and parent are redundant with the
 * code and are checked, so a hand-edited file cannot disagree with itself.
 */
final class CodeListCsv {

  static final String HEADER = "code,level,name,parent";

  private CodeListCsv() {}

  /** Reads and checks a list; every problem names the file and line. */
  static CodeList read(BufferedReader in, String file, ListSource source) throws IOException {
    String header = in.readLine();
    if (header == null || !stripBom(header).strip().equals(HEADER)) {
      throw new CatalogueDataException(file, 1, "the first line must be '" + HEADER + "'");
    }
    List<Entry> entries = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int lineNo = 1;
    for (String line; (line = in.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      Entry e = entry(fields(line, file, lineNo), file, lineNo, source);
      if (!seen.add(e.code().digits())) {
        throw new CatalogueDataException(file, lineNo, "code listed twice: " + e.code());
      }
      entries.add(e);
    }
    return new CodeList(source, entries);
  }

  private static Entry entry(List<String> f, String file, int line, ListSource source)
      throws CatalogueDataException {
    if (f.size() != 4) {
      throw new CatalogueDataException(file, line, "expected 4 fields, found " + f.size());
    }
    ClassificationCode code;
    try {
      code = source.classification().parse(f.get(0));
    } catch (InvalidCodeException e) {
      throw new CatalogueDataException(file, line, e.getMessage());
    }
    Optional<CodeLevel> level = CodeLevel.parse(f.get(1));
    if (level.isEmpty() || level.get() != code.level()) {
      throw new CatalogueDataException(
          file, line, "level '" + f.get(1) + "' does not fit code " + code);
    }
    String parent = code.parent().map(ClassificationCode::digits).orElse("");
    if (!parent.equals(f.get(3).strip())) {
      throw new CatalogueDataException(
          file, line, "parent '" + f.get(3) + "' is not " + code + "'s parent '" + parent + "'");
    }
    if (f.get(2).isBlank()) {
      throw new CatalogueDataException(file, line, "no name for " + code);
    }
    return new Entry(code, f.get(2), source);
  }

  /** Writes entries sorted by code. */
  static void write(Writer out, List<Entry> entries) throws IOException {
    out.write(HEADER);
    out.write('\n');
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort((a, b) -> a.code().digits().compareTo(b.code().digits()));
    for (Entry e : sorted) {
      out.write(e.code().digits());
      out.write(',');
      out.write(e.level().id());
      out.write(',');
      out.write(quote(e.name()));
      out.write(',');
      out.write(e.parent().map(ClassificationCode::digits).orElse(""));
      out.write('\n');
    }
  }

  private static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  /** Splits one line of RFC 4180 CSV (no line breaks inside fields). */
  static List<String> fields(String line, String file, int lineNo) throws CatalogueDataException {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"' && cur.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    if (quoted) {
      throw new CatalogueDataException(file, lineNo, "unclosed quote");
    }
    out.add(cur.toString());
    return out;
  }

  private static String stripBom(String s) {
    return s.startsWith("\ufeff") ? s.substring(1) : s;
  }
}
