package org.gongkai.check.table;

import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.view.CodeRows;

/** In every value column: 功能分类 类 = Σ 款. */
public final class FunctionalClassEqualsSumOfSections extends CodeHierarchyRule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-010", RuleFamily.TABLE, Severity.ERROR).build();

  public FunctionalClassEqualsSumOfSections() {
    super(3, 5);
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
