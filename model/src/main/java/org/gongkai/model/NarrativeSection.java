package org.gongkai.model;

import java.util.List;
import java.util.Objects;

/**
 * A section of the narrative (情况说明): "五、关于…情况说明" with its paragraphs and subsections.
 *
 * @param label the numbering as printed: 五, (一), 1
 * @param title the heading text after the numbering
 * @param level 1 for 一、, 2 for （一）, 3 for 1、
 * @param paragraphs the section's own paragraphs (before its first subsection)
 * @param subsections nested sections
 */
public record NarrativeSection(
    String label,
    String title,
    int level,
    List<Paragraph> paragraphs,
    List<NarrativeSection> subsections,
    SourceRef source) {

  public NarrativeSection {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(title, "title");
    paragraphs = List.copyOf(paragraphs);
    subsections = List.copyOf(subsections);
    source = source == null ? SourceRef.NONE : source;
  }

  /** This section's paragraphs followed by those of all subsections, depth first. */
  public List<Paragraph> allParagraphs() {
    java.util.ArrayList<Paragraph> out = new java.util.ArrayList<>(paragraphs);
    for (NarrativeSection s : subsections) {
      out.addAll(s.allParagraphs());
    }
    return out;
  }
}
