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
    for (String text : compacted(d)) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when any heading or paragraph mentions the word (texts compacted once per run). */
  static boolean mentions(org.gongkai.check.RuleContext ctx, String word) {
    for (String text : ctx.memo(new Key(ctx.disclosure()), () -> compacted(ctx.disclosure()))) {
      if (text.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private record Key(Disclosure d) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.d == d;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(d);
    }
  }

  private static List<String> compacted(Disclosure d) {
    List<String> out = new ArrayList<>();
    for (NarrativeSection s : sections(d)) {
      out.add(TableView.compact(s.title()));
      for (Paragraph p : s.paragraphs()) {
        out.add(TableView.compact(p.text()));
      }
    }
    return out;
  }
}
