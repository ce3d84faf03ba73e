package org.gongkai.check.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * Brackets and quotation marks are paired within a paragraph: every （ 《 【 〔 “ ‘ is closed, and
 * nothing is closed that was not opened (a stray ” after a full stop). Full- and half-width round
 * brackets pair with each other; a list number such as "1）" at the start is not a bracket.
 */
public final class UnbalancedBrackets extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-005", RuleFamily.TEXT, Severity.WARNING).build();
  private static final String OPEN = "（(《【〔“‘「";
  private static final String CLOSE = "）)》】〕”’」";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    String t = b.text();
    Deque<Integer> open = new ArrayDeque<>();
    List<Hit> out = new ArrayList<>();
    int start = listNumberEnd(t);
    for (int i = start; i < t.length(); i++) {
      char c = t.charAt(i);
      int o = OPEN.indexOf(c);
      int k = CLOSE.indexOf(c);
      if (o >= 0) {
        open.push(i);
      } else if (k >= 0) {
        if (open.isEmpty() || !pairs(t.charAt(open.peek()), c)) {
          out.add(new Hit(i, String.valueOf(c), ""));
          return out;
        }
        open.pop();
      }
    }
    if (!open.isEmpty()) {
      int i = open.peekLast();
      char c = t.charAt(i);
      out.add(new Hit(i, String.valueOf(c), String.valueOf(CLOSE.charAt(OPEN.indexOf(c)))));
    }
    return out;
  }

  private static boolean pairs(char open, char close) {
    int o = OPEN.indexOf(open);
    int k = CLOSE.indexOf(close);
    return o == k || (o <= 1 && k <= 1);
  }

  /** The end of a leading list number "1）", "2)", "a)" — its bracket closes nothing. */
  private static int listNumberEnd(String t) {
    int i = 0;
    while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
      i++;
    }
    int j = i;
    while (j < t.length()
        && j - i < 3
        && Character.isLetterOrDigit(t.charAt(j))
        && t.charAt(j) < 0x3000) {
      j++;
    }
    if (j > i && j < t.length() && (t.charAt(j) == ')' || t.charAt(j) == '）')) {
      return j + 1;
    }
    return 0;
  }
}
