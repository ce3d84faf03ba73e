package org.gongkai.read.catalogue;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.catalogue.ImportRecord;

/**
 * What an import did.
 *
 * @param record what was written to the data folder
 * @param parsed the list as read, with the problems found in the file
 * @param comparison notes comparing the import with the shipped list of the same year (names that
 *     differ; for a complete import, shipped codes it lacks)
 * @param replacedEarlierImport true when an earlier import for the same year was replaced
 */
public record ImportResult(
    ImportRecord record,
    ParsedCatalogue parsed,
    List<ImportProblem> comparison,
    boolean replacedEarlierImport) {

  public ImportResult {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(parsed, "parsed");
    comparison = List.copyOf(comparison);
  }
}
