package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.Scope;
import org.gongkai.model.SourceRef;
import org.gongkai.model.TocEntry;
import org.gongkai.read.layout.Block;

/**
 * The front matter: the cover (unit, year, 预算/决算, 单位/部门) and the table of contents. Finds where the
 * body starts: after the contents, when a part number (or, without parts, an item number) comes
 * round again, or at the first line that is not a contents entry.
 */
final class Front {

  /** The cover as read. */
  record Cover(
      String unitName,
      int year,
      DisclosureKind kind,
      Scope scope,
      String title,
      SourceRef source) {}

  Cover cover;
  final List<TocEntry> contents = new ArrayList<>();
  int bodyStart;

  static Front read(List<Block> blocks) {
    Front f = new Front();
    int i = 0;
    List<Block> coverLines = new ArrayList<>();
    for (; i < blocks.size() && i < 16; i++) {
      Block b = blocks.get(i);
      String t = text(b);
      if (t == null
          || isContentsHeading(t)
          || Numbering.of(t) != null
          || TableLabel.of(t) != null
          || coverLines.size() >= 8) {
        break;
      }
      coverLines.add(b);
    }
    f.cover = cover(coverLines);
    if (i < blocks.size() && isContentsHeading(text(blocks.get(i)))) {
      i = f.contents(blocks, i + 1);
    } else if (f.cover == null) {
      i = 0; // no cover: everything is body
    }
    f.bodyStart = i;
    return f;
  }

  static String text(Block b) {
    if (b instanceof Block.Paragraph p) {
      return p.text();
    }
    if (b instanceof Block.Heading h) {
      return h.text();
    }
    return null;
  }

  private static boolean isContentsHeading(String t) {
    if (t == null) {
      return false;
    }
    String c = Norm.compact(t);
    return c.equals("目录") || c.equals("目次");
  }

  /** Reads contents entries from {@code from}; returns where the body starts. */
  private int contents(List<Block> blocks, int from) {
    Set<String> parts = new HashSet<>();
    Set<String> items = new HashSet<>();
    boolean anyPart = false;
    int i = from;
    for (; i < blocks.size(); i++) {
      String t = text(blocks.get(i));
      if (t == null) {
        break;
      }
      String c = Norm.compact(t);
      if (Norm.endsComplete(c) && !c.endsWith("：") || c.indexOf('。') >= 0 || c.length() > 80) {
        break;
      }
      Numbering n = Numbering.of(t);
      SourceRef at = blocks.get(i).source();
      if (n != null && n.kind() == Numbering.Kind.PART) {
        if (!parts.add(n.label())) {
          break;
        }
        anyPart = true;
        contents.add(new TocEntry(1, n.label(), withoutPageNumber(n.rest()), at));
      } else if (n != null) {
        if (!anyPart && n.kind() == Numbering.Kind.CHINESE && !items.add(n.label())) {
          break;
        }
        if (n.kind() == Numbering.Kind.ARABIC_BRACKETED) {
          break;
        }
        contents.add(new TocEntry(anyPart ? 2 : 1, n.label(), withoutPageNumber(n.rest()), at));
      } else {
        contents.add(new TocEntry(anyPart ? 2 : 1, "", withoutPageNumber(t.strip()), at));
      }
    }
    return i;
  }

  /** "单位概况……3" → "单位概况". */
  static String withoutPageNumber(String s) {
    int e = s.length();
    while (e > 0 && Norm.isDigit(s.charAt(e - 1))) {
      e--;
    }
    if (e == s.length()) {
      return s.strip();
    }
    int d = e;
    while (d > 0
        && (s.charAt(d - 1) == '.'
            || s.charAt(d - 1) == '…'
            || s.charAt(d - 1) == '·'
            || Norm.isSpace(s.charAt(d - 1))
            || s.charAt(d - 1) == '-')) {
      d--;
    }
    return d < e && d > 0 ? s.substring(0, d).strip() : s.strip();
  }

  private static Cover cover(List<Block> lines) {
    for (int k = 0; k < lines.size(); k++) {
      String t = text(lines.get(k));
      Cover c = coverTitle(t, lines.get(k).source());
      if (c == null) {
        continue;
      }
      if (c.unitName().isEmpty() && k > 0) {
        String unit = Norm.compact(text(lines.get(k - 1)));
        return new Cover(unit, c.year(), c.kind(), c.scope(), c.title(), c.source());
      }
      return c;
    }
    return null;
  }

  /**
   * A title naming a year and a budget or final accounts: "2024 年单位预算公开", "XX局2024年度部门决算"; the unit
   * is what precedes the year on the same line.
   */
  static Cover coverTitle(String t, SourceRef at) {
    String c = Norm.compact(t);
    int y = yearAt(c);
    if (y < 0) {
      return null;
    }
    DisclosureKind kind =
        c.indexOf("决算", y) >= 0
            ? DisclosureKind.FINAL_ACCOUNTS
            : c.indexOf("预算", y) >= 0 ? DisclosureKind.BUDGET : null;
    if (kind == null) {
      return null;
    }
    int word = c.indexOf(kind.label(), y);
    String before = c.substring(y + 4, word);
    Scope scope =
        before.endsWith("部门") ? Scope.DEPARTMENT : before.endsWith("单位") ? Scope.UNIT : null;
    int year = Integer.parseInt(c.substring(y, y + 4));
    return new Cover(c.substring(0, y), year, kind, scope, t.strip(), at);
  }

  /** Index of a plausible year (19xx/20xx followed by 年) in compact text, or -1. */
  static int yearAt(String c) {
    for (int i = 0; i + 4 < c.length(); i++) {
      if ((c.startsWith("20", i) || c.startsWith("19", i))
          && Norm.isDigit(c.charAt(i + 2))
          && Norm.isDigit(c.charAt(i + 3))
          && c.charAt(i + 4) == '年'
          && (i == 0 || !Norm.isDigit(c.charAt(i - 1)))) {
        return i;
      }
    }
    return -1;
  }
}
