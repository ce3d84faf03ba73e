package org.gongkai.check;

/**
 * The families of rules. A rule's id starts with its family's prefix ({@code TBL-001}), so an id
 * says at a glance what kind of check it is.
 */
public enum RuleFamily {
  /** Identities inside one table: row totals, 类 = Σ款, 合计 rows. */
  TABLE("TBL"),
  /** The same quantity in two tables, or a table against a stated figure. */
  CROSS_TABLE("XTB"),
  /** Codes and names against the official classification catalogue. */
  CATALOGUE("CAT"),
  /** Narrative claims against the tables and against each other. */
  NARRATIVE("NAR"),
  /** Text hygiene: placeholders, template residue, punctuation, years. */
  TEXT("TXT"),
  /** Performance target sheets. */
  PERFORMANCE("PRF"),
  /** Completeness under 财预〔2016〕143号. */
  COMPLETENESS("CMP"),
  /** Plausibility of stated counts and amounts. */
  SANITY("SAN");

  private final String prefix;

  RuleFamily(String prefix) {
    this.prefix = prefix;
  }

  /** The id prefix, e.g. {@code TBL}. */
  public String prefix() {
    return prefix;
  }

  /** The Chinese name from the message bundle. */
  public String label() {
    return Messages.text("family." + name());
  }
}
