package org.gongkai.check;

/**
 * Where a rule reports what it found, one call per thing examined. Messages are formatted from the
 * bundle ({@link java.text.MessageFormat}): {@code fail} uses the rule's {@code <id>.message}, or
 * {@code <id>.message.<variant>} when a variant is given; {@code {0}} is the expected and {@code
 * {1}} the actual value, further arguments follow as {@code {2}}, {@code {3}} …
 */
public interface Outcomes {

  /** The thing at this place was examined and is consistent. */
  void pass(Location where);

  /**
   * The thing was examined and is consistent, with a remark the report keeps (e.g. that blank cells
   * were read as zero, or that only the materiality setting made it pass).
   */
  void pass(Location where, String note);

  /**
   * The thing passed only because the profile's materiality forgave a difference beyond rounding.
   * Reports list these, so a widened tolerance never hides silently.
   */
  default void passWithinMateriality(Location where, String note) {
    pass(where, note);
  }

  /**
   * The thing is inconsistent: a finding with the rule's default severity and message.
   *
   * @param expected the value the rule expected, as printed with its unit (may be empty)
   * @param actual the value found, as printed with its unit (may be empty)
   * @param args further message arguments, {@code {2}} onwards
   */
  void fail(Location where, String expected, String actual, Object... args);

  /**
   * The thing is inconsistent, with an explicit severity and a message variant ({@code
   * <id>.message.<variant>}; null or empty for the default message).
   */
  void fail(
      Severity severity,
      String variant,
      Location where,
      String expected,
      String actual,
      Object... args);

  /**
   * Nothing to examine: the document lacks what the rule is about.
   *
   * @param reasonKey a bundle key under {@code reason.} ({@code table-missing}), or Chinese text
   */
  void notApplicable(String reasonKey, Object... args);

  /**
   * The thing exists but cannot be checked: a cell it needs is blank, unreadable or text.
   *
   * @param reasonKey a bundle key under {@code reason.} ({@code blank-cell}), or Chinese text
   */
  void insufficientData(Location where, String reasonKey, Object... args);
}
