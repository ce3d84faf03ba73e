package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.SourceRef;

/**
 * Lines of running text (overview, narrative, glossary) joined into paragraphs: a line a page break
 * split (it ends mid-sentence, and the next does not start a new item) is joined to the next.
 */
final class Texts {

  /** A line or paragraph of text and where it starts. */
  record Line(String text, SourceRef source) {}

  private static final String NON_INITIAL = "年月日元万%％，,、。；;：:）)的和与及或等";

  private Texts() {}

  static List<Line> join(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    Line cur = null;
    for (Line l : lines) {
      if (cur != null && continues(cur.text(), l.text())) {
        cur = new Line(Norm.joinSplit(cur.text(), l.text()), cur.source());
      } else {
        if (cur != null) {
          out.add(cur);
        }
        cur = l;
      }
    }
    if (cur != null) {
      out.add(cur);
    }
    return out;
  }

  /** Whether {@code next} continues {@code prev} across a page break. */
  static boolean continues(String prev, String next) {
    if (Norm.endsComplete(prev) || next.isEmpty()) {
      return false;
    }
    if (Numbering.of(next) != null
        || startsWithKey(next)
        || TableLabel.of(next) != null
        || isDate(next)) {
      return false;
    }
    if (NON_INITIAL.indexOf(next.charAt(0)) >= 0) {
      return true;
    }
    Numbering n = Numbering.of(prev);
    if (n != null && isHeading(n, prev)) {
      return false;
    }
    int p = Norm.compact(prev).length();
    return !(n == null && p <= 20 && Norm.compact(next).length() > 2 * p);
  }

  /** A line that is only a date (2025 年 2 月 10 日): a signature's, never a continuation. */
  static boolean isDate(String s) {
    if (s.length() > 24 || s.indexOf('日') < 0) {
      return false;
    }
    String c = Norm.compact(s);
    int y = c.indexOf('年');
    return c.length() <= 12
        && y == 4
        && Front.yearAt(c) == 0
        && c.endsWith("日")
        && c.indexOf('月') > y;
  }

  /** "资金分配情况：…": a short label and a colon start a new item. */
  static boolean startsWithKey(String s) {
    int i = 0;
    while (i < s.length()
        && i <= 12
        && (Norm.isHan(s.charAt(i))
            || s.charAt(i) == '（'
            || s.charAt(i) == '）'
            || s.charAt(i) == '('
            || s.charAt(i) == ')')) {
      i++;
    }
    return i >= 2 && i < s.length() && (s.charAt(i) == '：' || s.charAt(i) == ':');
  }

  /** A numbered line that reads as a heading, not as an item of running text. */
  static boolean isHeading(Numbering n, String text) {
    String c = Norm.compact(text);
    if (Norm.endsComplete(c) || c.indexOf('。') >= 0) {
      return false;
    }
    return switch (n.kind()) {
      case PART -> true;
      case CHINESE, CHINESE_BRACKETED ->
          c.length() <= 60 && c.indexOf('，') < 0 && c.indexOf(',') < 0;
      case ARABIC ->
          c.length() <= 30 && c.indexOf('：') < 0 && c.indexOf(':') < 0 && c.indexOf('，') < 0;
      case ARABIC_BRACKETED -> false;
    };
  }
}
