package org.gongkai.model.claim;

/** Why a claim's subject could not be bound to one quantity of the model. */
public enum UnboundReason {
  /** The parser could not tell what the figure is about. */
  UNKNOWN_SUBJECT,
  /** The document has no table that holds this quantity. */
  NO_TABLE,
  /** The table exists but no row is the subject. */
  NO_ROW,
  /** Several rows fit the subject and nothing in the text tells them apart. */
  AMBIGUOUS_ROW,
  /** The table lacks the column the subject needs. */
  NO_COLUMN,
  /** The quantity is stated only in the narrative in this kind of document (assets, 非财政拨款项目…). */
  NARRATIVE_ONLY
}
