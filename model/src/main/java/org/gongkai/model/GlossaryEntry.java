package org.gongkai.model;

import java.util.Objects;

/** One entry of 名词解释: the term and its definition. */
public record GlossaryEntry(String term, String definition, SourceRef source) {
  public GlossaryEntry {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(definition, "definition");
    source = source == null ? SourceRef.NONE : source;
  }
}
