package org.gongkai.model.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * The three expenditure classifications of 政府收支分类科目 the catalogue holds. Each has its own leading
 * digit, so a code says which classification it belongs to.
 */
public enum Classification {
  /** 支出功能分类科目: 类/款/项, codes 2xx. */
  FUNCTION('2', List.of(CodeLevel.CLASS, CodeLevel.SECTION, CodeLevel.ITEM), "function-codes"),
  /** 部门预算支出经济分类科目: 类/款, codes 3xx. */
  DEPARTMENT_ECONOMIC(
      '3', List.of(CodeLevel.CLASS, CodeLevel.SECTION), "economic-codes-department"),
  /** 政府预算支出经济分类科目: 类/款, codes 5xx. */
  GOVERNMENT_ECONOMIC(
      '5', List.of(CodeLevel.CLASS, CodeLevel.SECTION), "economic-codes-government");

  private final char leadingDigit;
  private final List<CodeLevel> levels;
  private final String fileStem;

  Classification(char leadingDigit, List<CodeLevel> levels, String fileStem) {
    this.leadingDigit = leadingDigit;
    this.levels = levels;
    this.fileStem = fileStem;
  }

  /** The first digit of every code of this classification. */
  public char leadingDigit() {
    return leadingDigit;
  }

  /** The levels codes of this classification may have, from the top. */
  public List<CodeLevel> levels() {
    return levels;
  }

  /** The identifier used in index files and on the command line: {@code function} … */
  public String id() {
    return switch (this) {
      case FUNCTION -> "function";
      case DEPARTMENT_ECONOMIC -> "department-economic";
      case GOVERNMENT_ECONOMIC -> "government-economic";
    };
  }

  /** The classification with this {@link #id()}. */
  public static Optional<Classification> byId(String id) {
    for (Classification c : values()) {
      if (c.id().equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The stem of this classification's CSV file names ({@code function-codes} …). */
  public String fileStem() {
    return fileStem;
  }

  /** The classification whose codes begin with this digit, if any. */
  public static Optional<Classification> ofLeadingDigit(char digit) {
    for (Classification c : values()) {
      if (c.leadingDigit == digit) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The classification a code's digits belong to, judged by the first digit alone. */
  public static Optional<Classification> of(String digits) {
    return digits == null || digits.isEmpty() ? Optional.empty() : ofLeadingDigit(digits.charAt(0));
  }

  /** Parses a code of this classification. */
  public ClassificationCode parse(String text) {
    return this == FUNCTION ? FunctionCode.parse(text) : EconomicCode.parse(text, this);
  }
}
