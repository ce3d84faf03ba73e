package org.gongkai.model.catalogue;

import java.time.Instant;
import java.util.Objects;

/**
 * Where a list of codes came from: shipped with Gongkai (partial, gathered from public documents)
 * or imported by the user from an official file.
 */
public sealed interface ListSource permits ListSource.Shipped, ListSource.Imported {

  /** The classification the list covers. */
  Classification classification();

  /** The catalogue year of the list; 0 when the list applies to every year (undated). */
  int year();

  /** True only for a user-imported list the user declared complete. */
  boolean complete();

  /** True when the list belongs to one catalogue year. */
  default boolean isDated() {
    return year() != 0;
  }

  /**
   * A list shipped as a resource under {@code org/gongkai/catalogue/}; always partial.
   *
   * @param resource the resource file name, e.g. {@code function-codes-2024.csv}
   */
  record Shipped(Classification classification, int year, String resource) implements ListSource {
    public Shipped {
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(resource, "resource");
      if (year < 0) {
        throw new IllegalArgumentException("year must be >= 0: " + year);
      }
    }

    @Override
    public boolean complete() {
      return false;
    }
  }

  /**
   * A list the user imported with {@code gongkai catalogue import}.
   *
   * @param sourceFile the name of the file it was imported from (no folder)
   * @param sha256 the SHA-256 of that file, hexadecimal
   * @param importedAt when it was imported
   * @param complete whether the user declared it the complete official list ({@code --complete})
   */
  record Imported(
      Classification classification,
      int year,
      String sourceFile,
      String sha256,
      Instant importedAt,
      boolean complete)
      implements ListSource {
    public Imported {
      Objects.requireNonNull(classification, "classification");
      Objects.requireNonNull(sourceFile, "sourceFile");
      Objects.requireNonNull(sha256, "sha256");
      Objects.requireNonNull(importedAt, "importedAt");
      if (year <= 0) {
        throw new IllegalArgumentException("an imported list has a year: " + year);
      }
    }
  }
}
