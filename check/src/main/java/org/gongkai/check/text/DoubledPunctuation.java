package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * No punctuation mark is doubled ("，，", "。。") and no two marks that end a clause stand side by side
 * ("，。", "；，"); the ellipsis …… and the dash —— are single marks.
 */
public final class DoubledPunctuation extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-004", RuleFamily.TEXT, Severity.WARNING).build();
  private static final String MARKS = "，。；、：！？,;";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text;
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i + 1 < t.length(); i++) {
      char a = t.charAt(i);
      char z = t.charAt(i + 1);
      if (MARKS.indexOf(a) >= 0 && MARKS.indexOf(z) >= 0) {
        out.add(new Hit(c.printed(i), "" + a + z, a == z ? String.valueOf(a) : ""));
        i++;
      }
    }
    return out;
  }
}
