package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;

/**
 * Reads one narrative section and its subsections: joins paragraphs a page break split, reads the
 * project blocks, then each remaining paragraph in order with the section's context and state.
 */
final class SectionParser {

  private static final int MIN_JOIN_LENGTH = 30;

  private final EventScanner scanner;
  private final ClaimSink sink;

  SectionParser(EventScanner scanner, ClaimSink sink) {
    this.scanner = scanner;
    this.sink = sink;
  }

  void parse(NarrativeSection section, SectionContext parent) {
    SectionContext sc = parent.child(section);
    SectionState ss = new SectionState();
    List<Line> lines = lines(section);
    boolean[] used = new ProjectBlocks(sink, sc).read(lines, 0);
    for (int i = 0; i < lines.size(); i++) {
      if (used[i]) {
        ss.sentences++;
      } else {
        ss.sentences += new ParagraphParser(scanner, sink, sc, ss, lines.get(i)).run();
      }
    }
    if (ss.open != null && !ss.open.parts.isEmpty()) {
      sink.breakdown(
          ss.open.origin,
          ss.open.subject,
          ss.open.total,
          ss.open.parts,
          ss.open.ofChanges,
          List.of());
    }
    for (NarrativeSection sub : section.subsections()) {
      parse(sub, sc);
    }
  }

  /** The section's paragraphs (and its title when it states figures), joined across breaks. */
  static List<Line> lines(NarrativeSection section) {
    List<Line> raw = new ArrayList<>();
    NarrativeText.Mapped title = NarrativeText.map(section.title());
    if (statesSomething(title.text())) {
      raw.add(new Line(title, section.source()));
    }
    for (Paragraph p : section.paragraphs()) {
      raw.add(new Line(NarrativeText.map(p.text()), p.source()));
    }
    return joined(raw);
  }

  private static boolean statesSomething(String t) {
    if (t.contains("项目名称")) {
      return true;
    }
    return Numbers.scan(t).stream()
        .anyMatch(n -> n.kind() == NumberToken.Kind.MONEY || n.kind() == NumberToken.Kind.PERCENT);
  }

  private static List<Line> joined(List<Line> raw) {
    List<Line> out = new ArrayList<>();
    for (Line l : raw) {
      if (!out.isEmpty() && continues(out.get(out.size() - 1), l)) {
        Line prev = out.remove(out.size() - 1);
        String printed = prev.text().printed() + l.text().printed();
        out.add(new Line(NarrativeText.map(printed), prev.source()));
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** No paragraph begins with "1,297.52万元": one that does continues the previous one. */
  private static boolean startsWithFigure(String b) {
    List<NumberToken> n = Numbers.scan(b.substring(0, Math.min(b.length(), 24)));
    return !n.isEmpty()
        && n.get(0).start() == 0
        && (n.get(0).kind() == NumberToken.Kind.MONEY
            || n.get(0).kind() == NumberToken.Kind.PERCENT);
  }

  /** A figure cut from its unit, or a sentence cut mid-word by a page break. */
  private static boolean continues(Line prev, Line next) {
    String a = prev.normal();
    String b = next.normal();
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    if (Character.isDigit(last) && (b.startsWith("万元") || b.startsWith("元") || b.startsWith("%"))) {
      return true;
    }
    if (startsWithFigure(b) && "。；;！？：:".indexOf(last) < 0) {
      return true;
    }
    return NarrativeText.isHan(last)
        && NarrativeText.isHan(b.charAt(0))
        && a.length() >= MIN_JOIN_LENGTH
        && prev.key().isEmpty()
        && next.key().isEmpty()
        && !a.contains("项目名称");
  }
}
