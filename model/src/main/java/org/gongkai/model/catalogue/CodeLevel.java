package org.gongkai.model.catalogue;

import java.util.Locale;
import java.util.Optional;

/** The level of a classification code: 类 (3 digits), 款 (5) or 项 (7). */
public enum CodeLevel {
  /** 类: three digits. */
  CLASS(3, "类"),
  /** 款: five digits. */
  SECTION(5, "款"),
  /** 项: seven digits (functional classification only). */
  ITEM(7, "项");

  private final int length;
  private final String chinese;

  CodeLevel(int length, String chinese) {
    this.length = length;
    this.chinese = chinese;
  }

  /** How many digits a code of this level has. */
  public int length() {
    return length;
  }

  /** 类, 款 or 项. */
  public String chinese() {
    return chinese;
  }

  /** The lower-case name used in CSV files: class, section, item. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The level of a code with this many digits. */
  public static Optional<CodeLevel> ofLength(int digits) {
    for (CodeLevel l : values()) {
      if (l.length == digits) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** Reads {@code class}/{@code section}/{@code item} or 类/款/项, any case; empty if neither. */
  public static Optional<CodeLevel> parse(String text) {
    String t = text == null ? "" : text.strip();
    for (CodeLevel l : values()) {
      if (l.id().equalsIgnoreCase(t) || l.chinese.equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
