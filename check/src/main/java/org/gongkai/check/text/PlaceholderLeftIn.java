package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * No placeholder of a template is left in the text: XX / ×× standing for a name or a figure ("20XX
 * 年", "增长X%"), 待填写, {单位}, and empty brackets 【】 that were meant to hold something.
 */
public final class PlaceholderLeftIn extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-001", RuleFamily.TEXT, Severity.ERROR).build();
  private static final String[] WORDS = {"待填写", "待补充", "此处填写", "请填写", "填写说明", "（填写", "(填写"};
  private static final String[] EMPTY = {"【】", "[]", "{}", "｛｝", "〔〕", "“”"};
  private static final String UNITS_AFTER_X = "万元%％年月日个人项辆台次";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text;
    List<Hit> out = new ArrayList<>();
    markers(t, out);
    for (String w : WORDS) {
      for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + 1)) {
        out.add(new Hit(i, w, ""));
      }
    }
    for (String e : EMPTY) {
      for (int i = t.indexOf(e); i >= 0; i = t.indexOf(e, i + 1)) {
        out.add(new Hit(i, e, ""));
      }
    }
    braces(t, out);
    return out.stream().map(h -> new Hit(c.printed(h.offset()), h.found(), h.expected())).toList();
  }

  /** XX, ××, and a lone X before a unit ("X万元", "增长X%"). */
  private static void markers(String t, List<Hit> out) {
    int i = 0;
    while (i < t.length()) {
      if (!isX(t.charAt(i))) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.length() && isX(t.charAt(j))) {
        j++;
      }
      boolean latinAround =
          (i > 0 && isLatin(t.charAt(i - 1))) || (j < t.length() && isLatin(t.charAt(j)));
      boolean beforeUnit = j < t.length() && UNITS_AFTER_X.indexOf(t.charAt(j)) >= 0;
      if (!latinAround && (j - i >= 2 || beforeUnit)) {
        out.add(new Hit(i, t.substring(i, j), ""));
      }
      i = j;
    }
  }

  /** {单位}, ｛年度｝: a short name in braces. */
  private static void braces(String t, List<Hit> out) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != '{' && c != '｛') {
        continue;
      }
      int close = t.indexOf(c == '{' ? '}' : '｝', i + 1);
      if (close > i + 1 && close - i <= 14) {
        out.add(new Hit(i, t.substring(i, close + 1), ""));
      }
    }
  }

  private static boolean isX(char c) {
    return c == 'X' || c == 'x' || c == '×' || c == 'Ｘ' || c == 'ｘ';
  }

  private static boolean isLatin(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
