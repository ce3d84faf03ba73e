package org.gongkai.check;

import java.util.Objects;

/**
 * One inconsistency a rule found.
 *
 * @param rule the rule's id ({@code RULE_FAILED} findings carry the id of the rule that threw)
 * @param severity after the profile's overrides
 * @param location where
 * @param message the Chinese message, formatted from the bundle
 * @param expected what the rule expected, as printed with its unit; empty when not a value
 * @param actual what was found, as printed with its unit; empty when not a value
 * @param failedRule true for a {@code RULE_FAILED} finding: the rule itself crashed
 */
public record Finding(
    String rule,
    Severity severity,
    Location location,
    String message,
    String expected,
    String actual,
    boolean failedRule) {

  public Finding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    expected = expected == null ? "" : expected;
    actual = actual == null ? "" : actual;
  }
}
