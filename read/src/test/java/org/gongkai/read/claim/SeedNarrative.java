package org.gongkai.read.claim;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.SourceRef;

/**
 * The seed's narrative (第三部分) read from /work/shared at test time into sections, by a deliberately
 * simple reading of its headings (一、 and （一）); the performance sheets' tab rows are skipped. The
 * seed's sentences stay in the shared folder; tests only read them.
 */
final class SeedNarrative {

  private SeedNarrative() {}

  static Optional<Path> seed() {
    String shared = System.getProperty("gongkai.shared");
    if (shared == null) {
      return Optional.empty();
    }
    Path p = Path.of(shared, "seed", "000_220f206dadf5e393.txt");
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  static List<NarrativeSection> read(Path p) throws IOException {
    List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("第三部分") && lines.get(i).contains("情况说明") && i > 100) {
        start = i + 1;
      }
    }
    List<NarrativeSection> out = new ArrayList<>();
    Builder top = null;
    Builder sub = null;
    boolean inSheet = false;
    for (int i = start; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.startsWith("第四部分")) {
        break;
      }
      if (l.isEmpty()) {
        continue;
      }
      if (l.equals("项目支出绩效目标表")) {
        inSheet = true;
      }
      if (inSheet && !l.startsWith("（五）")) {
        continue;
      }
      inSheet = false;
      if (l.contains("\t")) {
        continue;
      }
      if (l.matches("^[一二三四五六七八九十]+、.*") && !l.contains("万元")) {
        if (!l.endsWith("说明") && i + 2 < lines.size() && lines.get(i + 2).strip().endsWith("说明")) {
          l = l + lines.get(i + 2).strip();
          i += 2;
        }
        if (top != null) {
          top.close(sub);
          out.add(top.build());
        }
        int k = l.indexOf('、');
        top = new Builder(l.substring(0, k), l.substring(k + 1), 1, i + 1);
        sub = null;
      } else if (l.matches("^[（(][一二三四五六七八九十]+[）)].*")) {
        top.close(sub);
        int k = l.indexOf(l.startsWith("（") ? '）' : ')');
        sub = new Builder(l.substring(0, k + 1), l.substring(k + 1).strip(), 2, i + 1);
      } else {
        Builder target = sub != null ? sub : top;
        if (target != null) {
          target.paragraphs.add(new Paragraph(l, SourceRef.line(i + 1)));
        }
      }
    }
    if (top != null) {
      top.close(sub);
      out.add(top.build());
    }
    return out;
  }

  private static final class Builder {
    final String label;
    final String title;
    final int level;
    final int line;
    final List<Paragraph> paragraphs = new ArrayList<>();
    final List<NarrativeSection> subs = new ArrayList<>();

    Builder(String label, String title, int level, int line) {
      this.label = label;
      this.title = title;
      this.level = level;
      this.line = line;
    }

    void close(Builder sub) {
      if (sub != null) {
        subs.add(sub.build());
      }
    }

    NarrativeSection build() {
      return new NarrativeSection(label, title, level, paragraphs, subs, SourceRef.line(line));
    }
  }
}
