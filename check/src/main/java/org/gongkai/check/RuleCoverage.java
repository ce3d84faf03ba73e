package org.gongkai.check;

import java.util.Objects;

/**
 * What one rule did on one document.
 *
 * @param rule the rule's id
 * @param enabled false when the profile switched the rule off (all counts are then zero)
 * @param passed things examined and consistent
 * @param failed things examined and inconsistent (each made a finding, kept or not)
 * @param notApplicable things the document lacks
 * @param insufficientData things that could not be checked for blank or unreadable data
 * @param errors 1 when the rule crashed
 * @param suppressed findings set aside by the profile's suppressions
 * @param findingsKept findings kept in the report (bounded by the profile)
 */
public record RuleCoverage(
    String rule,
    boolean enabled,
    int passed,
    int failed,
    int notApplicable,
    int insufficientData,
    int errors,
    int suppressed,
    int findingsKept) {

  public RuleCoverage {
    Objects.requireNonNull(rule, "rule");
  }

  /** Things the rule examined: passed, failed, insufficient data and errors. */
  public int examined() {
    return passed + failed + insufficientData + errors;
  }

  /** True when more findings were made than kept. */
  public boolean capped() {
    return failed - suppressed > findingsKept;
  }
}
