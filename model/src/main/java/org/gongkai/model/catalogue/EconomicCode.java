package org.gongkai.model.catalogue;

import java.util.List;
import java.util.Optional;

/**
 * A 支出经济分类科目 code: 类 (3 digits) or 款 (5). Codes beginning with 3 belong to the department-budget
 * classification (部门预算支出经济分类, "30101"), codes beginning with 5 to the government-budget one
 * (政府预算支出经济分类, "50101"). The parent is the code's prefix.
 *
 * @param digits the code's digits, without spaces
 */
public record EconomicCode(String digits) implements ClassificationCode {

  private static final String KIND = "an economic classification code (支出经济分类)";
  private static final List<CodeLevel> LEVELS = List.of(CodeLevel.CLASS, CodeLevel.SECTION);
  private static final List<Classification> BOTH =
      List.of(Classification.DEPARTMENT_ECONOMIC, Classification.GOVERNMENT_ECONOMIC);

  /**
   * @throws InvalidCodeException when {@code digits} is not 3 or 5 digits beginning with 3 or 5
   */
  public EconomicCode {
    if (digits == null || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new InvalidCodeException(
          digits, InvalidCodeException.Reason.NOT_DIGITS, KIND + " must be digits: " + digits);
    }
    digits = CodeText.digits(digits, KIND, LEVELS);
    CodeText.checkLeading(digits, digits, KIND, BOTH);
  }

  /**
   * Parses "30101" or "301 01" of either economic classification.
   *
   * @throws InvalidCodeException naming the reason when the text is not such a code
   */
  public static EconomicCode parse(String text) {
    String d = CodeText.digits(text, KIND, LEVELS);
    CodeText.checkLeading(text, d, KIND, BOTH);
    return new EconomicCode(d);
  }

  /**
   * Parses a code that must belong to the given economic classification.
   *
   * @throws InvalidCodeException when it is not such a code
   * @throws IllegalArgumentException when {@code classification} is not an economic one
   */
  public static EconomicCode parse(String text, Classification classification) {
    if (!BOTH.contains(classification)) {
      throw new IllegalArgumentException("not an economic classification: " + classification);
    }
    String d = CodeText.digits(text, KIND, LEVELS);
    CodeText.checkLeading(text, d, KIND, List.of(classification));
    return new EconomicCode(d);
  }

  /** The code, or empty when the text is not an economic code. */
  public static Optional<EconomicCode> tryParse(String text) {
    try {
      return Optional.of(parse(text));
    } catch (InvalidCodeException e) {
      return Optional.empty();
    }
  }

  @Override
  public Classification classification() {
    return digits.charAt(0) == '3'
        ? Classification.DEPARTMENT_ECONOMIC
        : Classification.GOVERNMENT_ECONOMIC;
  }

  @Override
  public Optional<EconomicCode> parent() {
    return digits.length() == 3
        ? Optional.empty()
        : Optional.of(new EconomicCode(digits.substring(0, 3)));
  }

  @Override
  public String toString() {
    return digits;
  }
}
