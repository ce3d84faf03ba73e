package org.gongkai.model;

import java.util.Objects;

/**
 * One line of the table of contents (目录).
 *
 * @param level 1 for 第一部分, 2 for the entries under it
 * @param label numbering as printed (第二部分, 三)
 * @param title the entry's text without its numbering
 */
public record TocEntry(int level, String label, String title, SourceRef source) {
  public TocEntry {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    source = source == null ? SourceRef.NONE : source;
  }
}
