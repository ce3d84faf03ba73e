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

  /** True when the 政府性基金 or 国有资本经营 expenditure tables show project expenditure. */
  private static boolean otherFiscalProjects(RuleContext ctx) {
    for (TableKind kind :
        List.of(TableKind.GOV_FUNDS_EXPENDITURE, TableKind.STATE_CAPITAL_EXPENDITURE)) {
      Optional<TableView> v = ctx.view(kind);
      Optional<Column> project = v.flatMap(t -> t.column(ColumnRole.PROJECT, 0));
      Optional<org.gongkai.model.Row> total = v.flatMap(t -> t.totalRow(0));
      if (project.isPresent() && total.isPresent()) {
        CellValue value = ctx.value(v.get(), total.get(), project.get());
        if (!value.isNumber() || value.money().signum() != 0) {
          return !value.isBlank();
        }
      }
    }
    return false;
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
      if (otherFiscalProjects(ctx)) {
        // the 项目支出表 lists general-public projects only: this one may be funded from 政府性基金 or
        // 国有资本经营 appropriations, whose tables name no projects
        out.insufficientData(where, "project-other-budget", s.project());
      } else {
        out.fail(Severity.WARNING, "missing", where, "", s.project(), s.project());
      }
      return true;
    }
    CellValue cell = ctx.value(v, match.get().row(), total.get());
    CellValue sheet = new CellValue(CellValue.State.NUMBER, s.fundsFiscal().money(), null, where);
    FigureChecks.sums(ctx, out, where, List.of(cell), List.of(sheet), s.project());
    return true;
  }
}
