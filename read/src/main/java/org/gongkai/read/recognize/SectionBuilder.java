package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;

/**
 * Builds the section tree of running text: 一、 opens a level-1 section, （一） level 2, 1、 level 3
 * (when the line reads as a heading); other lines are paragraphs of the innermost open section.
 */
final class SectionBuilder {

  /** The result: paragraphs before any heading, and the top-level sections. */
  record Result(List<Paragraph> preamble, List<NarrativeSection> sections) {}

  private static final class Open {
    final String label;
    final String title;
    final int level;
    final SourceRef source;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<NarrativeSection> subsections = new ArrayList<>();

    Open(String label, String title, int level, SourceRef source) {
      this.label = label;
      this.title = title;
      this.level = level;
      this.source = source;
    }

    NarrativeSection close() {
      return new NarrativeSection(label, title, level, paragraphs, subsections, source);
    }
  }

  private SectionBuilder() {}

  static Result build(List<Texts.Line> lines) {
    List<Paragraph> preamble = new ArrayList<>();
    List<NarrativeSection> top = new ArrayList<>();
    List<Open> stack = new ArrayList<>();
    for (Texts.Line l : Texts.join(lines)) {
      Numbering n = Numbering.of(l.text());
      if (n != null && n.level() >= 1 && n.level() <= 3 && Texts.isHeading(n, l.text())) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= n.level()) {
          closeTop(stack, top);
        }
        stack.add(new Open(n.label(), n.rest(), n.level(), l.source()));
        continue;
      }
      Paragraph p = new Paragraph(l.text(), l.source());
      if (stack.isEmpty()) {
        preamble.add(p);
      } else {
        stack.get(stack.size() - 1).paragraphs.add(p);
      }
    }
    while (!stack.isEmpty()) {
      closeTop(stack, top);
    }
    return new Result(preamble, top);
  }

  private static void closeTop(List<Open> stack, List<NarrativeSection> top) {
    NarrativeSection s = stack.remove(stack.size() - 1).close();
    if (stack.isEmpty()) {
      top.add(s);
    } else {
      stack.get(stack.size() - 1).subsections.add(s);
    }
  }

  /** Depth-first search for the first section whose title contains one of the words. */
  static NarrativeSection find(List<NarrativeSection> sections, String... words) {
    for (NarrativeSection s : sections) {
      String t = s.title();
      for (String w : words) {
        if (t.contains(w)) {
          return s;
        }
      }
      NarrativeSection inner = find(s.subsections(), words);
      if (inner != null) {
        return inner;
      }
    }
    return null;
  }

  /** Every paragraph of the sections, depth first. */
  static List<Paragraph> allParagraphs(List<NarrativeSection> sections) {
    List<Paragraph> out = new ArrayList<>();
    for (NarrativeSection s : sections) {
      out.addAll(s.allParagraphs());
    }
    return out;
  }
}
