package org.gongkai.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.ReadLimits;

/**
 * Turns the lines outside tables into headings and paragraphs. A line set clearly larger than the
 * page's body text is a heading; a line that runs to the right margin is continued by the next one
 * when that one starts at the paragraph's margin (Chinese paragraphs indent only their first line).
 * Page numbers in the top or bottom margin are dropped.
 */
final class TextBlocks {

  private static final Pattern PAGE_NUMBER =
      Pattern.compile(
          "[-—–－·\\s]*(第\\s*)?\\d{1,4}(\\s*页)?(\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?"
              + "[-—–－·\\s]*");

  /** Text this much larger than the body is a heading. */
  private static final float HEADING = 1.2f;

  private static final float TOP_LEVEL = 1.6f;

  /** A line that starts a list item starts a paragraph: 1. 1、 (一) 一、 etc. */
  private static final Pattern LIST_ITEM =
      Pattern.compile(
          "^\\s*([(（]\\s*[0-9一二三四五六七八九十]+\\s*[)）]|[0-9]+\\s*[.．、)）](?![0-9])"
              + "|[一二三四五六七八九十]+\\s*[、.．]|第[一二三四五六七八九十0-9]+[章节部分条]).*");

  private static final int MAX_HEADING = 60;

  private TextBlocks() {}

  /** The body size of some lines: the size most characters are set in, or 0 when none. */
  static float bodySize(List<TextLines.TextLine> lines) {
    java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
    for (TextLines.TextLine l : lines) {
      for (TextLines.Chunk c : l.chunks()) {
        count.merge(Math.round(c.size() * 2), c.text().length(), Integer::sum);
      }
    }
    int best = 0;
    int bestCount = 0;
    for (var e : count.entrySet()) {
      if (e.getValue() > bestCount || e.getValue() == bestCount && e.getKey() < best) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return bestCount == 0 ? 0 : best / 2f;
  }

  static List<Placed> of(
      List<TextLines.TextLine> lines,
      int page,
      PageFrame frame,
      float bodySize,
      ReadLimits limits,
      Diagnostics diags) {
    List<Placed> out = new ArrayList<>();
    float margin = 0;
    for (TextLines.TextLine l : lines) {
      if (l.upright()) {
        margin = Math.max(margin, l.right());
      }
    }
    float pitch = linePitch(lines);
    List<TextLines.TextLine> para = new ArrayList<>();
    for (TextLines.TextLine l : lines) {
      if (!l.upright() || isPageNumber(l, frame)) {
        continue;
      }
      if (!para.isEmpty() && !continues(para, l, margin, bodySize, pitch)) {
        out.add(block(para, page, bodySize, limits, diags));
        para.clear();
      }
      para.add(l);
    }
    if (!para.isEmpty()) {
      out.add(block(para, page, bodySize, limits, diags));
    }
    return out;
  }

  private static boolean isPageNumber(TextLines.TextLine l, PageFrame frame) {
    boolean inMargin = l.top() > frame.height() * 0.88f || l.bottom() < frame.height() * 0.12f;
    return inMargin && PAGE_NUMBER.matcher(text(List.of(l))).matches();
  }

  private static boolean continues(
      List<TextLines.TextLine> para,
      TextLines.TextLine next,
      float margin,
      float body,
      float pitch) {
    TextLines.TextLine a = para.get(para.size() - 1);
    float size = a.size();
    if (Math.abs(next.size() - size) > 0.15f * size) {
      return false;
    }
    float gap = next.top() - a.bottom();
    if (isHeading(size, body)) {
      // A title set on two lines: same size, close together, one heading.
      return gap <= 0.8f * size;
    }
    boolean close = gap <= 1.2f * size || (pitch > 0 && next.top() - a.top() <= pitch * 1.1f);
    float paraLeft = para.get(para.size() > 1 ? 1 : 0).left();
    return close
        && a.right() >= margin - 1.5f * size
        && next.left() <= Math.min(a.left(), paraLeft) + 0.5f * size
        && !endsWithLeader(a)
        && !LIST_ITEM.matcher(next.chunks().get(0).text()).matches();
  }

  /**
   * The usual distance from one line's top to the next one's on this page: lines set with wide
   * spacing (Word's double spacing) are still one paragraph.
   */
  private static float linePitch(List<TextLines.TextLine> lines) {
    java.util.Map<Integer, Integer> count = new java.util.HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      TextLines.TextLine a = lines.get(i - 1);
      TextLines.TextLine b = lines.get(i);
      float d = b.top() - a.top();
      if (Math.abs(a.size() - b.size()) < 0.5f && d > a.size() && d < 3 * a.size()) {
        count.merge(Math.round(d * 2), 1, Integer::sum);
      }
    }
    int best = 0;
    int bestCount = 1;
    for (var e : count.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best / 2f;
  }

  /** A table-of-contents line: its text runs out in leader dots (and maybe a page number). */
  static boolean endsWithLeader(TextLines.TextLine l) {
    List<TextLines.Chunk> cs = l.chunks();
    for (int i = cs.size() - 1; i >= 0 && i >= cs.size() - 2; i--) {
      if (isLeader(cs.get(i).text())) {
        return true;
      }
    }
    String t = cs.get(cs.size() - 1).text();
    return t.endsWith("……") || t.endsWith("...") || t.endsWith("···");
  }

  /** A run of leader dots. */
  static boolean isLeader(String t) {
    if (t.length() < 2) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (ch != '.' && ch != '…' && ch != '·' && ch != '．' && ch != '-' && ch != '—' && ch != '_'
          && ch != '⋯' && ch != ' ') {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeading(float size, float body) {
    return body > 0 && size >= body * HEADING;
  }

  private static Placed block(
      List<TextLines.TextLine> para, int page, float body, ReadLimits limits, Diagnostics diags) {
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    for (TextLines.TextLine l : para) {
      left = Math.min(left, l.left());
      right = Math.max(right, l.right());
    }
    TextLines.TextLine first = para.get(0);
    float top = first.top();
    float bottom = para.get(para.size() - 1).bottom();
    SourceRef at = Locators.box(page, left, top, right - left, bottom - top);
    String t = FrameGrid.clip(text(para), limits, at, diags);
    float size = first.size();
    if (isHeading(size, body) && t.length() <= MAX_HEADING) {
      return Placed.text(
          new Block.Heading(t, size >= body * TOP_LEVEL ? 1 : 2, at), top, bottom, left);
    }
    return Placed.text(new Block.Paragraph(t, at), top, bottom, left);
  }

  static String text(List<TextLines.TextLine> lines) {
    StringBuilder sb = new StringBuilder();
    TextLines.Chunk prev = null;
    for (TextLines.TextLine l : lines) {
      for (TextLines.Chunk c : l.chunks()) {
        CellText.append(sb, prev, c);
        prev = c;
      }
    }
    return sb.toString().strip();
  }
}
