package org.gongkai.check.text;

import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Scope;

/**
 * A 部门 document calls itself a 部门: "单位预算公开" or "2024年单位预算" in a department's document may be a
 * unit's template. A notice: a department also speaks of its units.
 */
public final class UnitWordingInDepartmentDocument extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-008", RuleFamily.TEXT, Severity.NOTICE).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean applies(RuleContext ctx) {
    return ctx.disclosure().metadata().scope() == Scope.DEPARTMENT;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    return ScopeWording.selfReferences(c.text, "单位").stream()
        .filter(r -> !c.text.startsWith("本单位", r[0]) || budgetAfter(c.text, r[1]))
        .map(r -> new Hit(c.printed(r[0]), c.text.substring(r[0], r[1]), "部门"))
        .toList();
  }

  /** "本单位" alone is common in a department's text (its units); "本单位预算" is a self-reference. */
  private static boolean budgetAfter(String t, int end) {
    return t.startsWith("预算", end) || t.startsWith("决算", end);
  }
}
