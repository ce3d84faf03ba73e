package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * The template's choices are made: "增加（减少）", "增长（下降）", "（持平）", "增加/减少" are the form's alternatives,
 * not text.
 */
public final class TemplateResidue extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-002", RuleFamily.TEXT, Severity.ERROR).build();
  private static final String[] WORDS = {"增加", "减少", "增长", "下降", "上升", "降低", "增", "减", "持平"};

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text.replace('（', '(').replace('）', ')').replace('／', '/');
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      int end = residueAt(t, i);
      if (end > i) {
        out.add(new Hit(c.printed(i), t.substring(i, end), ""));
        i = end - 1;
      }
    }
    return out;
  }

  /** The end of "W(W')", "W/W'" or "(持平)" at i, where W, W' are direction words; else -1. */
  private static int residueAt(String t, int i) {
    if (t.startsWith("(持平)", i)) {
      return i + 4;
    }
    String first = word(t, i);
    if (first == null) {
      return -1;
    }
    int j = i + first.length();
    if (j < t.length() && t.charAt(j) == '/') {
      String second = word(t, j + 1);
      return second != null && !second.equals(first) ? j + 1 + second.length() : -1;
    }
    if (j < t.length() && t.charAt(j) == '(') {
      String second = word(t, j + 1);
      int close = second == null ? -1 : j + 1 + second.length();
      if (close > 0 && close < t.length() && (t.charAt(close) == ')' || t.charAt(close) == '/')) {
        int end = t.indexOf(')', close);
        return !second.equals(first) && end > 0 && end - i < 16 ? end + 1 : -1;
      }
    }
    return -1;
  }

  private static String word(String t, int i) {
    if (i >= t.length() || "增减下上降持".indexOf(t.charAt(i)) < 0) {
      return null;
    }
    for (String w : WORDS) {
      if (t.startsWith(w, i)) {
        return w;
      }
    }
    return null;
  }
}
