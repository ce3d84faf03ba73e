package org.gongkai.check;

/**
 * What became of one thing a rule examined. Missing data is never a pass: a rule reports {@link
 * #INSUFFICIENT_DATA} when cells it needs are blank or unreadable, and {@link #NOT_APPLICABLE} when
 * the document lacks the table or column the rule is about.
 */
public enum OutcomeStatus {
  PASS,
  FAIL,
  NOT_APPLICABLE,
  INSUFFICIENT_DATA,
  ERROR
}
