package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/** A reason or a purpose is given when announced: "主要原因是。", "主要用于：；" leave it out. */
public final class EmptyReason extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-003", RuleFamily.TEXT, Severity.WARNING).build();
  private static final String[] LEADS = {"原因是", "原因为", "原因：", "原因:", "主要用于", "主要包括", "具体包括"};
  private static final String ENDS = "。；;，,）)";

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  List<TextBlocks.Block> blocks(RuleContext ctx) {
    return TextBlocks.narrative(ctx);
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text;
    List<Hit> out = new ArrayList<>();
    for (String lead : LEADS) {
      for (int i = t.indexOf(lead); i >= 0; i = t.indexOf(lead, i + 1)) {
        int j = i + lead.length();
        while (j < t.length() && (t.charAt(j) == '：' || t.charAt(j) == ':')) {
          j++;
        }
        if (j < t.length() && ENDS.indexOf(t.charAt(j)) >= 0) {
          out.add(new Hit(c.printed(i), t.substring(i, Math.min(j + 1, t.length())), ""));
        }
      }
    }
    return out;
  }
}
