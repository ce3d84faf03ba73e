package org.gongkai.model.catalogue;

import java.util.Objects;

/**
 * A text that is not a classification code of the expected shape. The {@link #reason()} lets a user
 * interface say why in its own language; the message says it in English for developers.
 */
public final class InvalidCodeException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Why a text is not a code. */
  public enum Reason {
    /** Nothing but spaces. */
    EMPTY,
    /** Holds characters other than digits and spaces. */
    NOT_DIGITS,
    /** Spaced groups that are not 类 (3) + 款 (2) + 项 (2) digits. */
    BAD_GROUPS,
    /** A number of digits no level of the classification has. */
    BAD_LENGTH,
    /** A first digit that belongs to another classification (or to none). */
    WRONG_CLASSIFICATION
  }

  private final String input;
  private final Reason reason;

  InvalidCodeException(String input, Reason reason, String message) {
    super(message);
    this.input = input == null ? "" : input;
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /** The text as given. */
  public String input() {
    return input;
  }

  /** Why it was rejected. */
  public Reason reason() {
    return reason;
  }
}
