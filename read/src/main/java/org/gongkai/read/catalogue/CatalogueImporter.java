package org.gongkai.read.catalogue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.CatalogueStore;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.CodeTable;
import org.gongkai.model.catalogue.Entry;
import org.gongkai.model.catalogue.ImportRecord;
import org.gongkai.model.catalogue.NameFolding;

/**
 * Imports an official list into the user's data folder ({@code gongkai catalogue import FILE --year
 * N}): reads a CSV, XLSX or XLS file, validates it, writes it as our CSV with a metadata file, and
 * compares it with the shipped list of the same year.
 */
public final class CatalogueImporter {

  /** Rows read at most, over all sheets; a bound hit is reported. */
  static final int MAX_ROWS = 200_000;

  /** Files larger than this are refused (the Ministry's whole catalogue is well under 5 MB). */
  static final long MAX_BYTES = 64L * 1024 * 1024;

  private static final Set<String> CSV_EXTENSIONS = Set.of("csv", "txt", "tsv");
  private static final Set<String> WORKBOOK_EXTENSIONS = Set.of("xlsx", "xlsm", "xls");

  private final CatalogueStore store;
  private final Clock clock;

  public CatalogueImporter(CatalogueStore store) {
    this(store, Clock.systemUTC());
  }

  /** An importer stamping imports with the given clock's time. */
  public CatalogueImporter(CatalogueStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Reads and validates a list without storing it.
   *
   * @throws UnreadableCatalogueException when the file cannot be read or holds no code
   */
  public static ParsedCatalogue parse(Path file) throws UnreadableCatalogueException {
    return parse(file, bytes(file));
  }

  /**
   * Reads, validates and stores a list for a catalogue year, replacing an earlier import for that
   * year.
   *
   * @param complete the user declares the file the complete official list for that year
   * @throws UnreadableCatalogueException when the file cannot be read or holds no code
   * @throws IOException when the data folder cannot be written
   */
  public ImportResult importFile(Path file, int year, boolean complete) throws IOException {
    byte[] bytes = bytes(file);
    ParsedCatalogue parsed = parse(file, bytes);
    boolean replaced = store.imports().stream().anyMatch(r -> r.year() == year);
    ImportRecord record =
        store.save(
            year, parsed.fileName(), sha256(bytes), clock.instant(), complete, parsed.codes());
    return new ImportResult(record, parsed, compare(parsed, year, complete), replaced);
  }

  private static ParsedCatalogue parse(Path file, byte[] bytes)
      throws UnreadableCatalogueException {
    String name = file.getFileName().toString();
    ListAssembler assembler = new ListAssembler();
    for (Grid g : grids(file, name, bytes)) {
      assembler.add(g);
    }
    ParsedCatalogue parsed = assembler.finish(name);
    if (parsed.codes().isEmpty()) {
      throw new UnreadableCatalogueException(
          "catalogue.error.noCodes", null, file, parsed.rowsRead(), parsed.revenueRows());
    }
    return parsed;
  }

  private static List<Grid> grids(Path file, String name, byte[] bytes)
      throws UnreadableCatalogueException {
    boolean zip = startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
    boolean ole2 = startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0);
    if (zip || ole2) {
      try {
        return WorkbookGridReader.read(bytes, MAX_ROWS);
      } catch (IOException | RuntimeException e) {
        // POI signals damaged and encrypted workbooks with unchecked exceptions too
        throw new UnreadableCatalogueException("catalogue.error.notWorkbook", e, file);
      }
    }
    String ext = extension(name);
    if (WORKBOOK_EXTENSIONS.contains(ext)) {
      throw new UnreadableCatalogueException("catalogue.error.notWorkbook", null, file);
    }
    if (!(CSV_EXTENSIONS.contains(ext) || ext.isEmpty()) || binary(bytes)) {
      throw new UnreadableCatalogueException("catalogue.error.format", null, file);
    }
    return List.of(CsvGridReader.read(bytes, name, MAX_ROWS));
  }

  private static byte[] bytes(Path file) throws UnreadableCatalogueException {
    try {
      if (Files.isDirectory(file)) {
        throw new UnreadableCatalogueException("catalogue.error.notFound", null, file);
      }
      long size = Files.size(file);
      if (size > MAX_BYTES) {
        throw new UnreadableCatalogueException(
            "catalogue.error.tooLarge",
            null,
            file,
            size / (1024 * 1024),
            MAX_BYTES / (1024 * 1024));
      }
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableCatalogueException("catalogue.error.notFound", e, file);
    } catch (UnreadableCatalogueException e) {
      throw e;
    } catch (IOException e) {
      throw new UnreadableCatalogueException("catalogue.error.io", e, file, e.getMessage());
    }
  }

  /** Notes on names that differ from the shipped list, and on what a complete import lacks. */
  static List<ImportProblem> compare(ParsedCatalogue parsed, int year, boolean complete) {
    List<ImportProblem> out = new ArrayList<>();
    Catalogue shipped = Catalogue.shipped();
    for (Classification c : Classification.values()) {
      CodeTable table = shipped.list(c, year).table();
      if (table.isMissing() || (table.year() != 0 && table.year() != year)) {
        continue;
      }
      Map<String, String> imported =
          parsed.codes().entrySet().stream()
              .filter(e -> e.getKey().classification() == c)
              .collect(Collectors.toMap(e -> e.getKey().digits(), Map.Entry::getValue));
      for (Entry e : table.entries()) {
        String name = imported.get(e.code().digits());
        if (name != null && !NameFolding.sameName(e.name(), name)) {
          out.add(
              ImportProblem.of(
                  ImportProblem.Kind.DIFFERS_FROM_SHIPPED, "", e.code(), e.name(), name));
        } else if (name == null && complete && !imported.isEmpty()) {
          out.add(ImportProblem.of(ImportProblem.Kind.MISSING_FROM_IMPORT, "", e.code(), e.name()));
        }
      }
    }
    return out;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static boolean startsWith(byte[] b, int... magic) {
    if (b.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((b[i] & 0xff) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean binary(byte[] b) {
    for (int i = 0; i < Math.min(b.length, 8192); i++) {
      if (b[i] == 0) {
        return true;
      }
    }
    return false;
  }

  private static String extension(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
