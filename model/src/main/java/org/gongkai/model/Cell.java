package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One table cell as published. A cell is a number, blank, text or unreadable; blank is not zero and
 * a printed 0.00 is a number.
 *
 * @param kind what the cell holds
 * @param printed the text as printed (spaces of spaced-out text kept), empty for a blank cell
 * @param number the value of a {@link Kind#NUMBER} cell (scale = printed decimals), else null
 * @param source where the cell was read
 * @param inferred true when the source lost the cell's position (the text form drops empty cells)
 *     and the reader placed the value by column roles and totals
 */
public record Cell(
    Kind kind, String printed, BigDecimal number, SourceRef source, boolean inferred) {

  /** What a cell holds. */
  public enum Kind {
    NUMBER,
    BLANK,
    TEXT,
    UNREADABLE
  }

  public Cell {
    Objects.requireNonNull(kind, "kind");
    printed = printed == null ? "" : printed;
    source = source == null ? SourceRef.NONE : source;
    if ((kind == Kind.NUMBER) != (number != null)) {
      throw new IllegalArgumentException("a NUMBER cell, and only it, has a number: " + kind);
    }
  }

  public static Cell blank(SourceRef source) {
    return new Cell(Kind.BLANK, "", null, source, false);
  }

  public static Cell text(String text, SourceRef source) {
    return new Cell(Kind.TEXT, text, null, source, false);
  }

  public static Cell number(String printed, BigDecimal value, SourceRef source) {
    return new Cell(Kind.NUMBER, printed, value, source, false);
  }

  public static Cell unreadable(String printed, SourceRef source) {
    return new Cell(Kind.UNREADABLE, printed, null, source, false);
  }

  /** The same cell, marked as placed by inference. */
  public Cell asInferred() {
    return new Cell(kind, printed, number, source, true);
  }

  public boolean isBlank() {
    return kind == Kind.BLANK;
  }

  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** The number, if the cell holds one. */
  public Optional<BigDecimal> value() {
    return Optional.ofNullable(number);
  }

  /** The value as money in the given unit, if the cell holds a number. */
  public Optional<Money> money(MoneyUnit unit) {
    return value().map(v -> new Money(v, unit));
  }

  /** Printed text with the spaces of spaced-out writing removed. */
  public String compactText() {
    return RowLabel.compactName(printed);
  }
}
