package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * No word is written twice in a row: "用于用于", "支出支出", "的的". Only words of two to four Chinese
 * characters repeated at once count (and 的), so reduplications such as 人人 or 逐步 are not touched.
 */
public final class DoubledWord extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-006", RuleFamily.TEXT, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text;
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < t.length(); i++) {
      int len = repeatAt(t, i);
      if (len > 0) {
        out.add(new Hit(c.printed(i), t.substring(i, i + 2 * len), t.substring(i, i + len)));
        i += 2 * len - 1;
      }
    }
    return out;
  }

  private static int repeatAt(String t, int i) {
    if (t.startsWith("的的", i)) {
      return 1;
    }
    for (int len = 2; len <= 4 && i + 2 * len <= t.length(); len++) {
      if (t.charAt(i) == t.charAt(i + len)
          && allHan(t, i, i + len)
          && !sameChar(t, i, len)
          && t.regionMatches(i, t, i + len, len)) {
        return len;
      }
    }
    return 0;
  }

  private static boolean allHan(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = t.charAt(k);
      if (c < '\u3400' || c > '\u9fff') {
        return false;
      }
    }
    return true;
  }

  private static boolean sameChar(String t, int from, int len) {
    for (int k = from + 1; k < from + len; k++) {
      if (t.charAt(k) != t.charAt(from)) {
        return false;
      }
    }
    return true;
  }
}
