package org.gongkai.check;

/** The part of a document a finding is in; reports group findings by part. */
public enum Part {
  OVERVIEW,
  TABLES,
  NARRATIVE,
  PERFORMANCE,
  COMPLETENESS;

  /** The Chinese name from the message bundle. */
  public String label() {
    return Messages.text("part." + name());
  }
}
