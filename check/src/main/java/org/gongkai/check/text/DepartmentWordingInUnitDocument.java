package org.gongkai.check.text;

import java.util.List;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Scope;

/**
 * A 单位 document calls itself a 单位: "本部门", "部门预算公开", "2024年部门预算" in a unit's own document are left
 * over from its department's template.
 */
public final class DepartmentWordingInUnitDocument extends TextRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TXT-007", RuleFamily.TEXT, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean applies(RuleContext ctx) {
    return ctx.disclosure().metadata().scope() == Scope.UNIT;
  }

  @Override
  List<Hit> hits(RuleContext ctx, TextBlocks.Block b) {
    Compact c = b.compact();
    return ScopeWording.selfReferences(c.text, "部门").stream()
        .map(r -> new Hit(c.printed(r[0]), c.text.substring(r[0], r[1]), "单位"))
        .toList();
  }
}
