package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.Location;
import org.gongkai.check.Part;
import org.gongkai.model.Disclosure;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.model.TocEntry;

/**
 * The running text of a disclosure, block by block, each with where it is: narrative headings and
 * paragraphs, the overview, the glossary, the contents, table titles and notes, and the overall
 * goals of the performance sheets. Table cells are not running text and are left out.
 */
final class TextBlocks {

  /** What kind of text a block is. */
  enum Kind {
    NARRATIVE,
    HEADING,
    OTHER
  }

  /**
   * One block of text.
   *
   * @param text the text as printed
   * @param kind what it is
   * @param location where the block is (for narrative blocks, its first sentence)
   * @param firstSentence for narrative paragraphs, the 1-based index in its section of the block's
   *     first sentence; -1 otherwise
   */
  record Block(String text, Kind kind, Location location, int firstSentence, Compact compact) {

    Block(String text, Kind kind, Location location, int firstSentence) {
      this(text, kind, location, firstSentence, new Compact(text));
    }

    /** Where the character at {@code offset} is: its sentence, for narrative paragraphs. */
    Location at(int offset) {
      if (firstSentence < 0) {
        return location;
      }
      int n = firstSentence;
      for (int i = 0; i < offset && i < text.length(); i++) {
        if ("。；;！？".indexOf(text.charAt(i)) >= 0) {
          n++;
        }
      }
      return Location.narrative(location.section(), n, location.source());
    }
  }

  private TextBlocks() {}

  private record AllKey() {}

  private record NarrativeKey() {}

  /** All blocks, split once per run and shared by the text rules. */
  static List<Block> of(org.gongkai.check.RuleContext ctx) {
    return ctx.derived(new AllKey(), c -> List.copyOf(of(c.disclosure())));
  }

  /** The narrative's blocks (the first ones of {@link #of}), split once per run. */
  static List<Block> narrative(org.gongkai.check.RuleContext ctx) {
    return ctx.derived(
        new NarrativeKey(), c -> of(c).subList(0, (int) countNarrative(c.disclosure())));
  }

  private static long countNarrative(Disclosure d) {
    long[] n = {0};
    for (NarrativeSection s : d.narrative()) {
      count(s, n);
    }
    return n[0];
  }

  private static void count(NarrativeSection s, long[] n) {
    n[0] += 1 + s.paragraphs().size();
    for (NarrativeSection sub : s.subsections()) {
      count(sub, n);
    }
  }

  static List<Block> of(Disclosure d) {
    List<Block> out = new ArrayList<>();
    for (NarrativeSection s : d.narrative()) {
      section(s, "", out);
    }
    for (Paragraph p : d.overview().functions()) {
      out.add(other(p.text(), Part.OVERVIEW, "", p.source()));
    }
    for (Paragraph p : d.overview().organisation()) {
      out.add(other(p.text(), Part.OVERVIEW, "", p.source()));
    }
    for (GlossaryEntry g : d.glossary()) {
      out.add(other(g.term() + "：" + g.definition(), Part.NARRATIVE, g.term(), g.source()));
    }
    for (TocEntry t : d.contents()) {
      out.add(other(t.title(), Part.COMPLETENESS, t.label(), t.source()));
    }
    for (Table t : d.tables()) {
      out.add(new Block(t.title(), Kind.HEADING, Location.of(t), -1));
      for (TableNote n : t.notes()) {
        out.add(new Block(n.text(), Kind.OTHER, Location.of(t).withSource(n.source()), -1));
      }
    }
    for (PerformanceTargets p : d.performance()) {
      if (p.overallGoal() != null) {
        out.add(
            new Block(
                p.overallGoal().text(),
                Kind.OTHER,
                Location.of(p).withSource(p.overallGoal().source()),
                -1));
      }
    }
    return out;
  }

  /** The narrative's own blocks only (headings and paragraphs). */
  static List<Block> narrative(Disclosure d) {
    List<Block> out = new ArrayList<>();
    for (NarrativeSection s : d.narrative()) {
      section(s, "", out);
    }
    return out;
  }

  private static void section(NarrativeSection s, String parent, List<Block> out) {
    String labels = parent.isEmpty() ? s.label() : parent + " " + s.label();
    out.add(new Block(s.title(), Kind.HEADING, Location.narrative(labels, -1, s.source()), -1));
    int sentence = 1;
    for (Paragraph p : s.paragraphs()) {
      out.add(
          new Block(
              p.text(),
              Kind.NARRATIVE,
              Location.narrative(labels, sentence, p.source()),
              sentence));
      sentence += sentences(p.text());
    }
    for (NarrativeSection sub : s.subsections()) {
      section(sub, labels, out);
    }
  }

  private static int sentences(String text) {
    int n = 0;
    String t = text.strip();
    for (int i = 0; i < t.length(); i++) {
      if ("。；;！？".indexOf(t.charAt(i)) >= 0) {
        n++;
      }
    }
    boolean trailing = !t.isEmpty() && "。；;！？".indexOf(t.charAt(t.length() - 1)) < 0;
    return n + (trailing ? 1 : 0);
  }

  private static Block other(String text, Part part, String what, SourceRef src) {
    return new Block(text, Kind.OTHER, Location.document(part, what, src), -1);
  }
}
