package org.gongkai.check.catalogue;

import org.gongkai.check.CodeLookup;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.CodeRows;

/** Every functional classification code printed exists in the year's 支出功能分类科目. */
public final class FunctionCodeExists extends CodeExistsRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-001", RuleFamily.CATALOGUE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean covers(String code) {
    return CodeRows.isFunctional(code);
  }

  @Override
  CodeLookup lookup(RuleContext ctx, String code) {
    return ctx.catalogue().function(ctx.year(), code);
  }
}
