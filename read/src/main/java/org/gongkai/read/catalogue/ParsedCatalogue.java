package org.gongkai.read.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.ClassificationCode;
import org.gongkai.model.catalogue.CodeLevel;

/**
 * A list as read from a file, before it is stored: the codes with their names, and everything the
 * importer noticed.
 *
 * @param fileName the file's name (no folder)
 * @param codes the codes read, sorted by code, with their names
 * @param problems the problems, in the order found (orphans last)
 * @param rowsRead the data rows examined
 * @param revenueRows rows of the revenue classification (收入分类, codes 1xx), which are not imported
 * @param repeatedRows rows repeating an earlier code with the same name (harmless, not imported
 *     twice)
 */
public record ParsedCatalogue(
    String fileName,
    Map<ClassificationCode, String> codes,
    List<ImportProblem> problems,
    int rowsRead,
    int revenueRows,
    int repeatedRows) {

  public ParsedCatalogue {
    Objects.requireNonNull(fileName, "fileName");
    codes = Collections.unmodifiableMap(new LinkedHashMap<>(codes));
    problems = List.copyOf(problems);
  }

  /** The number of codes read for a classification and level. */
  public int count(Classification c, CodeLevel level) {
    return (int)
        codes.keySet().stream().filter(k -> k.classification() == c && k.level() == level).count();
  }

  /** The number of codes read for a classification. */
  public int count(Classification c) {
    return (int) codes.keySet().stream().filter(k -> k.classification() == c).count();
  }

  /** The problems of one kind. */
  public List<ImportProblem> problems(ImportProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }
}
