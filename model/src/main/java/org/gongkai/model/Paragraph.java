package org.gongkai.model;

import java.util.Objects;

/** One paragraph of text as published (lines broken by page breaks are joined). */
public record Paragraph(String text, SourceRef source) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    source = source == null ? SourceRef.NONE : source;
  }
}
