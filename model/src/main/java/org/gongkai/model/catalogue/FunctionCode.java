package org.gongkai.model.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A 支出功能分类科目 code: 类 (3 digits, "201"), 款 (5, "20103") or 项 (7, "2010301"). The parent is the
 * code's prefix, never stored separately.
 *
 * @param digits the code's digits, without spaces
 */
public record FunctionCode(String digits) implements ClassificationCode {

  private static final String KIND = "a functional classification code (支出功能分类)";
  private static final List<CodeLevel> LEVELS = Classification.FUNCTION.levels();

  /**
   * @throws InvalidCodeException when {@code digits} is not 3, 5 or 7 digits beginning with 2
   */
  public FunctionCode {
    if (digits == null || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidCodeException(
          digits, InvalidCodeException.Reason.NOT_DIGITS, KIND + " must be digits: " + digits);
    }
    digits = CodeText.digits(digits, KIND, LEVELS);
    CodeText.checkLeading(digits, digits, KIND, List.of(Classification.FUNCTION));
  }

  /**
   * Parses "2010301", "201 03 01" or "201 03" (full-width digits accepted).
   *
   * @throws InvalidCodeException naming the reason when the text is not such a code
   */
  public static FunctionCode parse(String text) {
    String d = CodeText.digits(text, KIND, LEVELS);
    CodeText.checkLeading(text, d, KIND, List.of(Classification.FUNCTION));
    return new FunctionCode(d);
  }

  /** The code, or empty when the text is not a functional code. */
  public static Optional<FunctionCode> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidCodeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Classification classification() {
    return Classification.FUNCTION;
  }

  @Override
  public Optional<FunctionCode> parent() {
    return digits.length() == 3
        ? Optional.empty()
        : Optional.of(new FunctionCode(digits.substring(0, digits.length() - 2)));
  }

  /** The 类 this code belongs to (itself for a 类). */
  public FunctionCode classCode() {
    return digits.length() == 3 ? this : new FunctionCode(digits.substring(0, 3));
  }

  @Override
  public String toString() {
    return digits;
  }
}
