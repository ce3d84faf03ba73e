package org.gongkai.check;

/**
 * One check. A rule is stateless and thread-safe: it reads the disclosure in the context and
 * reports one outcome per thing it examines (a row, a pair of tables, an indicator…) to {@link
 * Outcomes}. It never changes the model and should not throw on bad data; if it does, the engine
 * turns the exception into an {@link OutcomeStatus#ERROR} outcome and a {@code RULE_FAILED} finding
 * and goes on.
 *
 * <p>A rule that finds nothing to examine (the table or the column roles it needs are absent)
 * reports {@link Outcomes#notApplicable}; one whose cells are blank or unreadable reports {@link
 * Outcomes#insufficientData}. Neither counts as a pass.
 */
public interface Rule {

  /** The rule's metadata; the same instance every call. */
  RuleInfo info();

  /** Examines the disclosure and reports outcomes. */
  void check(RuleContext ctx, Outcomes out);
}
