package org.gongkai.model.catalogue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the data folder records about one import: the metadata file written next to the imported
 * lists.
 *
 * @param year the catalogue year the user gave
 * @param sourceFile the imported file's name (no folder)
 * @param sha256 the imported file's SHA-256, hexadecimal
 * @param importedAt when
 * @param complete whether the user declared the file the complete official list
 * @param rows the number of codes imported, by classification and level
 * @param directory the folder holding the imported lists
 */
public record ImportRecord(
    int year,
    String sourceFile,
    String sha256,
    Instant importedAt,
    boolean complete,
    Map<Classification, Map<CodeLevel, Integer>> rows,
    Path directory) {

  public ImportRecord {
    Objects.requireNonNull(sourceFile, "sourceFile");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(importedAt, "importedAt");
    Objects.requireNonNull(directory, "directory");
    Map<Classification, Map<CodeLevel, Integer>> copy = new EnumMap<>(Classification.class);
    Objects.requireNonNull(rows, "rows").forEach((c, m) -> copy.put(c, Map.copyOf(m)));
    rows = Map.copyOf(copy);
  }

  /** The number of codes imported for a classification, all levels. */
  public int rowCount(Classification c) {
    return rows.getOrDefault(c, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The number of codes imported for a classification and level. */
  public int rowCount(Classification c, CodeLevel level) {
    return rows.getOrDefault(c, Map.of()).getOrDefault(level, 0);
  }
}
