package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/**
 * The narrative speaks of its own year as the document's year: "2023年收支预算…" in a 2024 budget, in a
 * paragraph that never names 2024, is last year's text left in. Comparisons (比2023年), period bounds
 * (截至2023年底) and citations (《…》, 〔2023〕) are not the document's own year.
 */
public final class OwnYearMismatch extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-009", RuleFamily.TEXT, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean applies(RuleContext ctx) {
    return ctx.year() > 0;
  }

  @Override
  List<TextBlocks.Block> blocks(RuleContext ctx) {
    return TextBlocks.narrative(ctx);
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    String t = c.text;
    int year = ctx.year();
    List<Hit> out = new ArrayList<>();
    List<Years.Mention> mentions = Years.in(t);
    if (mentions.stream().anyMatch(m -> m.year() == year)) {
      return out;
    }
    for (Years.Mention m : mentions) {
      if (Years.own(t, m) && !Years.cited(t, m) && !Years.comparingOrBounding(t, m)) {
        out.add(new Hit(c.printed(m.start()), t.substring(m.start(), m.end()), year + "年"));
      }
    }
    return out;
  }
}
