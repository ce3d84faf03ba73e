package org.gongkai.check.table;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.ProjectRows;
import org.gongkai.check.view.ProjectRows.ProjectRow;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * In a project table, a code's subtotal row (printed without a project name) = the sum of the
 * project rows under that code, in every value column.
 */
public final class ProjectSubtotalEqualsSumOfProjects implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("TBL-014", RuleFamily.TABLE, Severity.ERROR)
          .roles(ColumnRole.PROJECT_NAME)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (Table t : ctx.disclosure().tables()) {
      TableView v = ctx.view(t);
      List<ProjectRow> projects = ProjectRows.of(v);
      if (projects.isEmpty()) {
        continue;
      }
      for (int i = 0; i < v.rows().size(); i++) {
        Row r = v.rows().get(i);
        String code = v.label(i, 0).code();
        if (code.isEmpty() || ProjectRows.isProjectRow(v, r)) {
          continue;
        }
        // only the code's own project rows: deeper codes are the hierarchy rules' business
        List<Row> under = rowsUnder(projects, code);
        if (!under.isEmpty()) {
          any |= checkRow(ctx, out, v, r, under);
        }
      }
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  private static List<Row> rowsUnder(List<ProjectRow> projects, String code) {
    List<Row> out = new ArrayList<>();
    for (ProjectRow p : projects) {
      if (p.code().equals(code)) {
        out.add(p.row());
      }
    }
    return out;
  }

  private static boolean checkRow(
      RuleContext ctx, Outcomes out, TableView v, Row subtotal, List<Row> under) {
    boolean any = false;
    for (Column c : v.valueColumns(0)) {
      CellValue total = ctx.value(v, subtotal, c);
      List<CellValue> parts = new ArrayList<>();
      for (Row r : under) {
        parts.add(ctx.value(v, r, c));
      }
      any |= FigureChecks.sum(ctx, out, total.location(), total, parts, under.size());
    }
    return any;
  }
}
