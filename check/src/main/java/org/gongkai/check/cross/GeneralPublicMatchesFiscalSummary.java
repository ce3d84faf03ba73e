package org.gongkai.check.cross;

import static org.gongkai.model.ColumnRole.GENERAL_PUBLIC;
import static org.gongkai.model.ColumnRole.TOTAL;
import static org.gongkai.model.TableKind.FISCAL_SUMMARY;
import static org.gongkai.model.TableKind.GENERAL_PUBLIC_EXPENDITURE;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.IncomeLines;
import org.gongkai.model.Column;

/**
 * The 一般公共预算支出表 by class and in total = the 一般公共预算 column of the 财政拨款收支总表. When the fiscal summary
 * includes last year's carry-over, its column is not this year's appropriation alone and the rule
 * does not apply.
 */
public final class GeneralPublicMatchesFiscalSummary extends TwoTableRule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-006", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(FISCAL_SUMMARY, GENERAL_PUBLIC_EXPENDITURE)
          .roles(GENERAL_PUBLIC, TOTAL)
          .build();

  public GeneralPublicMatchesFiscalSummary() {
    super(FISCAL_SUMMARY, GENERAL_PUBLIC_EXPENDITURE);
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean compare(RuleContext ctx, Outcomes out, TableView fiscal, TableView general) {
    Optional<Integer> coded = CodeMatch.codedSide(fiscal);
    Optional<Integer> income = CodeMatch.uncodedSide(fiscal);
    if (income.isPresent() && IncomeLines.of(ctx, fiscal, income.get()).hasCarryover()) {
      return false;
    }
    Optional<Column> gp = coded.flatMap(s -> fiscal.column(GENERAL_PUBLIC, s));
    Optional<Column> total = general.column(TOTAL, 0);
    if (gp.isEmpty() || total.isEmpty()) {
      return false;
    }
    var e = new CodeMatch.Side(fiscal, coded.get(), List.of(gp.get()));
    var a = new CodeMatch.Side(general, 0, List.of(total.get()));
    boolean any = CodeMatch.byCode(ctx, out, e, a);
    return CodeMatch.totals(ctx, out, e, a) | any;
  }
}
