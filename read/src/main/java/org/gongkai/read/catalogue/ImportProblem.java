package org.gongkai.read.catalogue;

import java.util.List;
import java.util.Objects;

/**
 * Something the importer noticed in a list: a row it could not use, an inconsistency it kept but
 * reports, or a difference from the shipped list.
 *
 * @param kind what kind of problem
 * @param where the place in the imported file ("sheet 支出功能分类, row 12"), already in Chinese; empty
 *     when the problem concerns the whole list
 * @param args the message arguments after the place
 */
public record ImportProblem(Kind kind, String where, List<String> args) {

  /** The kinds of problem, each with its message key. */
  public enum Kind {
    /** A code cell that is not a code of any expenditure classification. */
    BAD_CODE(true),
    /** A code without a name. */
    NO_NAME(true),
    /** A 2-digit code whose level or parent cannot be told (no indentation, no context). */
    UNPLACEABLE(true),
    /** A stated level that does not fit the code's length. */
    LEVEL_MISMATCH(true),
    /** A stated parent that is not the code's prefix. */
    PARENT_MISMATCH(true),
    /** The same code twice with different names (the first is kept). */
    CONFLICTING_DUPLICATE(true),
    /** A 款 without its 类 or a 项 without its 款 in the list (kept). */
    ORPHAN(true),
    /** A sheet with content in which no code and name columns were found. */
    NO_LAYOUT(true),
    /** The file has more rows than the importer reads. */
    ROW_LIMIT(true),
    /** The imported name differs from the shipped list's name for the same year. */
    DIFFERS_FROM_SHIPPED(false),
    /** A complete import lacks codes the shipped list of that year has. */
    MISSING_FROM_IMPORT(false);

    private final boolean warning;

    Kind(boolean warning) {
      this.warning = warning;
    }

    /** True for problems in the file itself; false for notes comparing it with the shipped list. */
    public boolean warning() {
      return warning;
    }

    /** The message key in the read module's bundle. */
    public String key() {
      return "catalogue.import.problem." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ImportProblem {
    Objects.requireNonNull(kind, "kind");
    where = where == null ? "" : where;
    args = List.copyOf(args);
  }

  static ImportProblem of(Kind kind, String where, Object... args) {
    return new ImportProblem(
        kind, where, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** The problem in Chinese, place first. */
  public String message() {
    Object[] a = new Object[args.size() + 1];
    a[0] = where;
    for (int i = 0; i < args.size(); i++) {
      a[i + 1] = args.get(i);
    }
    return CatalogueMessages.format(kind.key(), a);
  }
}
