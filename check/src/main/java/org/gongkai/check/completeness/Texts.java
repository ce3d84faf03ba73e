package org.gongkai.check.completeness;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.TableView;
import org.gongkai.model.Disclosure;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;

/** Searches the narrative's headings and paragraphs. */
final class Texts {

  private Texts() {}

  /** Every section and subsection, depth first. */
  static List<NarrativeSection> sections(Disclosure d) {
    List<NarrativeSection> out = new ArrayList<>();
    for (NarrativeSection s : d.narrative()) {
      collect(s, out);
    }
    return out;
  }

  private static void collect(NarrativeSection s, List<NarrativeSection> out) {
    out.add(s);
    for (NarrativeSection sub : s.subsections()) {
      collect(sub, out);
    }
  }

  /** The first section whose heading contains the word (spaces ignored). */
  static Optional<NarrativeSection> sectionTitled(Disclosure d, String word) {
    for (NarrativeSection s : sections(d)) {
      if (TableView.compact(s.title()).contains(word)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** True when any heading or paragraph mentions the word. */
  static boolean mentions(Disclosure d, String word) {
    for (NarrativeSection s : sections(d)) {
      if (TableView.compact(s.title()).contains(word)) {
        return true;
      }
      for (Paragraph p : s.paragraphs()) {
        if (TableView.compact(p.text()).contains(word)) {
          return true;
        }
      }
    }
    return false;
  }
}
