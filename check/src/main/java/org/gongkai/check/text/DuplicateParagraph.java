package org.gongkai.check.text;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * No paragraph of the narrative is printed twice (a paste repeated); short "key：value" lines that
 * every project description repeats (项目承担单位：…) are not paragraphs in this sense.
 */
public final class DuplicateParagraph implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-011", RuleFamily.TEXT, Severity.NOTICE).build();
  private static final int MIN_HAN = 30;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Map<String, Location> seen = new HashMap<>();
    boolean any = false;
    for (TextBlocks.Block b : TextBlocks.narrative(ctx)) {
      String t = b.compact().text;
      if (b.kind() != TextBlocks.Kind.NARRATIVE || han(t) < MIN_HAN || keyValue(t)) {
        continue;
      }
      any = true;
      Location first = seen.putIfAbsent(t, b.location());
      if (first == null) {
        out.pass(b.location());
      } else {
        out.fail(b.location(), "", TextRule.excerpt(b.text(), 0), first.describe());
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static int han(String t) {
    int n = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '\u3400' && c <= '\u9fff') {
        n++;
      }
    }
    return n;
  }

  private static boolean keyValue(String t) {
    for (int i = 0; i < t.length() && i <= 12; i++) {
      if (t.charAt(i) == '：' || t.charAt(i) == ':') {
        return i > 0;
      }
    }
    return false;
  }
}
