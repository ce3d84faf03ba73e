package org.gongkai.check;

import java.util.Objects;

/**
 * One thing a rule examined and what became of it. Reports keep the outcomes that are not passes or
 * failures (insufficient data, errors) so a reader sees what could not be checked.
 *
 * @param rule the rule's id
 * @param status what became of it
 * @param location where (a document-level location for not-applicable outcomes)
 * @param note a Chinese remark: why data was insufficient, that blanks were read as zero …
 */
public record Outcome(String rule, OutcomeStatus status, Location location, String note) {
  public Outcome {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(location, "location");
    note = note == null ? "" : note;
  }
}
