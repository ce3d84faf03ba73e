package org.gongkai.model.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A code of one of the expenditure classifications: its digits, its level and its parent, all
 * derived from the digits. Parse with {@link FunctionCode#parse}, {@link EconomicCode#parse} or,
 * when the classification is not known in advance, {@link #parse(String)}.
 */
public sealed interface ClassificationCode permits FunctionCode, EconomicCode {

  /** The code's digits, without spaces: "2010301". */
  String digits();

  /** Which classification the code belongs to. */
  Classification classification();

  /** 类, 款 or 项, from the number of digits. */
  default CodeLevel level() {
    return CodeLevel.ofLength(digits().length()).orElseThrow();
  }

  /** The code one level up, derived from the digits; empty for a 类. */
  Optional<? extends ClassificationCode> parent();

  /** The codes above this one, from the 类 down, this code excluded. */
  default List<ClassificationCode> ancestors() {
    List<ClassificationCode> out = new ArrayList<>();
    Optional<? extends ClassificationCode> p = parent();
    while (p.isPresent()) {
      out.add(0, p.get());
      p = p.get().parent();
    }
    return out;
  }

  /** The code as the tables print it split over 类/款/项 columns: "201 03 01". */
  default String spaced() {
    String d = digits();
    StringBuilder sb = new StringBuilder(d.substring(0, 3));
    for (int i = 3; i < d.length(); i += 2) {
      sb.append(' ').append(d, i, i + 2);
    }
    return sb.toString();
  }

  /**
   * Parses a code of any of the classifications, choosing by its first digit (2 functional, 3
   * department economic, 5 government economic).
   *
   * @throws InvalidCodeException naming the reason when the text is not such a code
   */
  static ClassificationCode parse(String text) {
    String digits = CodeText.digits(text, "a classification code", List.of(CodeLevel.values()));
    Classification c =
        Classification.of(digits)
            .orElseThrow(
                () ->
                    new InvalidCodeException(
                        text,
                        InvalidCodeException.Reason.WRONG_CLASSIFICATION,
                        "a classification code must begin with 2 (functional), 3 or 5"
                            + " (economic): '"
                            + text
                            + "'"));
    return c.parse(digits);
  }
}
