package org.gongkai.check.catalogue;

import org.gongkai.check.CodeLookup;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.CodeRows;

/** An economic classification code is printed with its official name. */
public final class EconomicNameMatchesCatalogue extends NameMatchesRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CAT-004", RuleFamily.CATALOGUE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean covers(String code) {
    return CodeRows.isEconomic(code);
  }

  @Override
  CodeLookup lookup(RuleContext ctx, String code) {
    return ctx.catalogue().economic(ctx.year(), code);
  }
}
