package org.gongkai.model.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the lists shipped under {@code org/gongkai/catalogue/}, listed in {@code index.txt} there
 * (one line per file: classification id, year or "-" for undated, file name). Adding a year is a
 * resource file and an index line.
 */
final class ShippedLists {

  static final String DIR = "org/gongkai/catalogue/";
  static final Catalogue CATALOGUE = Catalogue.of(load());

  private ShippedLists() {}

  static List<CodeList> load() {
    ClassLoader cl = ShippedLists.class.getClassLoader();
    List<CodeList> out = new ArrayList<>();
    try (InputStream index = cl.getResourceAsStream(DIR + "index.txt")) {
      if (index == null) {
        throw new IllegalStateException("missing resource " + DIR + "index.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line; (line = r.readLine()) != null; ) {
        lineNo++;
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          out.add(list(cl, line.strip(), lineNo));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped catalogue", e);
    }
    return out;
  }

  private static CodeList list(ClassLoader cl, String line, int lineNo) throws IOException {
    String[] f = line.split("\\s+");
    if (f.length != 3) {
      throw new IllegalStateException("index.txt:" + lineNo + ": expected 3 fields: " + line);
    }
    Classification c =
        Classification.byId(f[0])
            .orElseThrow(
                () -> new IllegalStateException("index.txt:" + lineNo + ": unknown " + f[0]));
    int year = f[1].equals("-") ? 0 : Integer.parseInt(f[1]);
    ListSource source = new ListSource.Shipped(c, year, f[2]);
    try (InputStream in = cl.getResourceAsStream(DIR + f[2])) {
      if (in == null) {
        throw new IllegalStateException("index.txt:" + lineNo + ": missing resource " + f[2]);
      }
      return CodeListCsv.read(
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), f[2], source);
    }
  }
}
