package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.*;
import static org.gongkai.model.TableKind.*;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;

/** The 一般公共预算支出表's 项目支出 total = the 一般公共预算项目支出表's total. */
public final class ProjectTotalMatchesProjectTable extends ColumnMatchRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-012", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(GENERAL_PUBLIC_EXPENDITURE, GENERAL_PUBLIC_PROJECT_EXPENDITURE)
          .build();

  public ProjectTotalMatchesProjectTable() {
    super(
        GENERAL_PUBLIC_EXPENDITURE,
        List.of(PROJECT),
        GENERAL_PUBLIC_PROJECT_EXPENDITURE,
        List.of(TOTAL),
        false,
        true);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }
}
