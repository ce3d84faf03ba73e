package org.gongkai.model.catalogue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The user's catalogue lists in the data folder: {@code <dataDir>/catalogue/<year>/} holds one CSV
 * per classification in our list format ({@code function-codes.csv} …) and {@code
 * import.properties} (source file, SHA-256, import time, row counts, complete or not). The app
 * decides the data folder; this class only takes it.
 */
public final class CatalogueStore {

  static final String METADATA = "import.properties";

  private final Path directory;

  /** A store under {@code dataDir/catalogue}; nothing is read or created until asked. */
  public CatalogueStore(Path dataDir) {
    this.directory = Objects.requireNonNull(dataDir, "dataDir").resolve("catalogue");
  }

  /** The folder holding the imported lists. */
  public Path directory() {
    return directory;
  }

  /** The shipped lists overlaid by every imported one, read once into memory. */
  public Catalogue load() throws IOException {
    List<CodeList> lists = new ArrayList<>(Catalogue.shipped().sources());
    for (ImportRecord r : imports()) {
      lists.addAll(readLists(r));
    }
    return Catalogue.of(lists);
  }

  /** The imports recorded in the data folder, by year. */
  public List<ImportRecord> imports() throws IOException {
    List<ImportRecord> out = new ArrayList<>();
    if (!Files.isDirectory(directory)) {
      return out;
    }
    try (DirectoryStream<Path> years =
        Files.newDirectoryStream(directory, "[0-9][0-9][0-9][0-9]")) {
      for (Path y : years) {
        if (Files.isRegularFile(y.resolve(METADATA))) {
          out.add(readRecord(y));
        }
      }
    }
    out.sort(Comparator.comparingInt(ImportRecord::year));
    return out;
  }

  /**
   * Records an import for a year, replacing any earlier import for that year. The new lists are
   * written to a fresh folder first and then moved into place, so a failed write leaves the
   * previous import intact.
   *
   * @param entries the imported codes with their names, any classification; none twice
   */
  public ImportRecord save(
      int year,
      String sourceFile,
      String sha256,
      Instant importedAt,
      boolean complete,
      Map<ClassificationCode, String> entries)
      throws IOException {
    Files.createDirectories(directory);
    Path tmp = Files.createTempDirectory(directory, ".import-" + year + "-");
    Map<Classification, Map<CodeLevel, Integer>> rows = new EnumMap<>(Classification.class);
    for (Classification c : Classification.values()) {
      List<Entry> list = new ArrayList<>();
      ListSource source =
          new ListSource.Imported(c, year, sourceFile, sha256, importedAt, complete);
      entries.forEach(
          (code, name) -> {
            if (code.classification() == c) {
              list.add(new Entry(code, name, source));
            }
          });
      if (!list.isEmpty()) {
        try (Writer w = Files.newBufferedWriter(tmp.resolve(fileName(c)), StandardCharsets.UTF_8)) {
          CodeListCsv.write(w, list);
        }
        Map<CodeLevel, Integer> counts = new EnumMap<>(CodeLevel.class);
        list.forEach(e -> counts.merge(e.level(), 1, Integer::sum));
        rows.put(c, counts);
      }
    }
    Path target = directory.resolve(Integer.toString(year));
    ImportRecord record =
        new ImportRecord(year, sourceFile, sha256, importedAt, complete, rows, target);
    writeRecord(tmp.resolve(METADATA), record);
    replace(tmp, target);
    return record;
  }

  private static void replace(Path fresh, Path target) throws IOException {
    Path old = null;
    if (Files.exists(target)) {
      old = target.resolveSibling(".replaced-" + target.getFileName() + "-" + System.nanoTime());
      Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    if (old != null) {
      deleteTree(old);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  static String fileName(Classification c) {
    return c.fileStem() + ".csv";
  }

  private static void writeRecord(Path file, ImportRecord r) throws IOException {
    Properties p = new Properties();
    p.setProperty("year", Integer.toString(r.year()));
    p.setProperty("source.file", r.sourceFile());
    p.setProperty("source.sha256", r.sha256());
    p.setProperty("imported.at", r.importedAt().toString());
    p.setProperty("complete", Boolean.toString(r.complete()));
    r.rows()
        .forEach(
            (c, m) -> m.forEach((l, n) -> p.setProperty("rows." + c.id() + "." + l.id(), "" + n)));
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "gongkai catalogue import");
    }
  }

  private static ImportRecord readRecord(Path dir) throws IOException {
    Path file = dir.resolve(METADATA);
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    try {
      int year = Integer.parseInt(p.getProperty("year", ""));
      if (!dir.getFileName().toString().equals(Integer.toString(year))) {
        throw new CatalogueDataException(file.toString(), 0, "year " + year + " in folder " + dir);
      }
      Map<Classification, Map<CodeLevel, Integer>> rows = new EnumMap<>(Classification.class);
      for (Classification c : Classification.values()) {
        for (CodeLevel l : c.levels()) {
          String n = p.getProperty("rows." + c.id() + "." + l.id());
          if (n != null) {
            rows.computeIfAbsent(c, k -> new EnumMap<>(CodeLevel.class))
                .put(l, Integer.parseInt(n));
          }
        }
      }
      return new ImportRecord(
          year,
          required(p, "source.file", file),
          required(p, "source.sha256", file),
          Instant.parse(required(p, "imported.at", file)),
          Boolean.parseBoolean(p.getProperty("complete", "false")),
          rows,
          dir);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new CatalogueDataException(file.toString(), 0, "malformed: " + e.getMessage());
    }
  }

  private static String required(Properties p, String key, Path file)
      throws CatalogueDataException {
    String v = p.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new CatalogueDataException(file.toString(), 0, "missing '" + key + "'");
    }
    return v;
  }

  private static List<CodeList> readLists(ImportRecord r) throws IOException {
    List<CodeList> out = new ArrayList<>();
    for (Classification c : Classification.values()) {
      Path f = r.directory().resolve(fileName(c));
      if (!Files.isRegularFile(f)) {
        continue;
      }
      ListSource source =
          new ListSource.Imported(
              c, r.year(), r.sourceFile(), r.sha256(), r.importedAt(), r.complete());
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        out.add(CodeListCsv.read(in, f.toString(), source));
      }
    }
    return out;
  }
}
