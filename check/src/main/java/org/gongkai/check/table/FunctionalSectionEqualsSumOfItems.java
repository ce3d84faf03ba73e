package org.gongkai.check.table;

import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.CodeRows;

/** In every value column: 功能分类 款 = Σ 项. */
public final class FunctionalSectionEqualsSumOfItems extends CodeHierarchyRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-011", RuleFamily.TABLE, Severity.ERROR).build();

  public FunctionalSectionEqualsSumOfItems() {
    super(5, 7);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean covers(String code) {
    return CodeRows.isFunctional(code);
  }
}
