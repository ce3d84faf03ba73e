package org.gongkai.check.text;

import java.util.List;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;

/**
 * A rule that reads blocks of text and reports each hit where it is; a block without hits passes.
 * Subclasses say which blocks they read and what a hit is.
 */
abstract class TextRule implements Rule {

  /**
   * One thing found in a block.
   *
   * @param offset where in the block's text
   * @param found the text found, as printed
   * @param expected what should be there, empty when nothing can be said
   */
  record Hit(int offset, String found, String expected) {}

  /** The blocks this rule reads. */
  List<TextBlocks.Block> blocks(RuleContext ctx) {
    return TextBlocks.of(ctx);
  }

  /** Whether the rule applies to this document at all (e.g. only to 单位 documents). */
  boolean applies(RuleContext ctx) {
    return true;
  }

  /** The hits in one block, in order. */
  abstract List<Hit> hits(RuleContext ctx, TextBlocks.Block block);

  @Override
  public final void check(RuleContext ctx, Outcomes out) {
    if (!applies(ctx)) {
      out.notApplicable("kind-not-covered");
      return;
    }
    boolean any = false;
    for (TextBlocks.Block b : blocks(ctx)) {
      if (b.text().isBlank()) {
        continue;
      }
      any = true;
      List<Hit> hits = hits(ctx, b);
      if (hits.isEmpty()) {
        out.pass(b.location());
      }
      for (Hit h : hits) {
        out.fail(b.at(h.offset()), h.expected(), h.found(), excerpt(b.text(), h.offset()));
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  /** About twenty characters around the hit, for the message. */
  static String excerpt(String text, int offset) {
    int from = Math.max(0, offset - 10);
    int to = Math.min(text.length(), offset + 12);
    return (from > 0 ? "…" : "")
        + text.substring(from, to).strip()
        + (to < text.length() ? "…" : "");
  }
}
