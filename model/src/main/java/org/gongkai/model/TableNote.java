package org.gongkai.model;

import java.util.Objects;

/**
 * A note printed with a table (备注, 注), such as the statement that a table is empty and why.
 *
 * @param emptyTableStatement true when the note says the table is published empty (为空表, 无此项)
 */
public record TableNote(String text, boolean emptyTableStatement, SourceRef source) {
  public TableNote {
    Objects.requireNonNull(text, "text");
    source = source == null ? SourceRef.NONE : source;
  }
}
