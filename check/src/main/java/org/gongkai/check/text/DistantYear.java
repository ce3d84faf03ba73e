package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.DisclosureKind;

/**
 * The narrative's years lie near the document's: a budget speaks of its year and the year before, a
 * final account also of the year after. Another year outside a citation, a document number, a
 * comparison or a period bound is noted for a reader to look at — a notice, since a policy year or
 * a multi-year project may be meant.
 */
public final class DistantYear extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-010", RuleFamily.TEXT, Severity.NOTICE).build();

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
    int latest =
        ctx.disclosure().metadata().kind() == DisclosureKind.FINAL_ACCOUNTS ? year + 1 : year;
    List<Hit> out = new ArrayList<>();
    for (Years.Mention m : Years.in(t)) {
      boolean near = m.year() >= year - 1 && m.year() <= latest;
      if (!near && !Years.cited(t, m) && !Years.comparingOrBounding(t, m)) {
        out.add(new Hit(c.printed(m.start()), t.substring(m.start(), m.end()), year + "年"));
      }
    }
    return out;
  }
}
