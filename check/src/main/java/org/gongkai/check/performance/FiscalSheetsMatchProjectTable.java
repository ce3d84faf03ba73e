package org.gongkai.check.performance;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.Names;
import org.gongkai.check.view.ProjectRows;
import org.gongkai.check.view.ProjectRows.ProjectRow;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.TableKind;

/**
 * A sheet for a fiscally funded project names a project of the project table, and its fiscal funds
 * equal that project's amount there. (A sheet funded from other money need not be there.)
 */
public final class FiscalSheetsMatchProjectTable extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-010", RuleFamily.PERFORMANCE, Severity.ERROR)
          .tables(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE)
          .roles(ColumnRole.PROJECT_NAME, ColumnRole.TOTAL)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    Optional<TableView> table = ctx.view(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE);
    Optional<Column> total = table.flatMap(v -> v.column(ColumnRole.TOTAL, 0));
    if (total.isEmpty() || s.fundsFiscal() == null || s.fundsFiscal().money().signum() <= 0) {
      return false;
    }
    TableView v = table.get();
    List<ProjectRow> rows = ProjectRows.of(v);
    Location where = Location.of(s);
    Optional<ProjectRow> match = Names.find(rows, s.project(), ProjectRow::project);
    if (match.isEmpty()) {
      out.fail(Severity.WARNING, "missing", where, "", s.project(), s.project());
      return true;
    }
    CellValue cell = ctx.value(v, match.get().row(), total.get());
    CellValue sheet = new CellValue(CellValue.State.NUMBER, s.fundsFiscal().money(), null, where);
    FigureChecks.sums(ctx, out, where, List.of(cell), List.of(sheet), s.project());
    return true;
  }
}
