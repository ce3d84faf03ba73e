package org.gongkai.check.cross;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
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
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.TableKind;

/**
 * The projects the narrative describes are the project table's projects, with the same amounts: a
 * described project missing from the table, a table project not described, or a different amount.
 */
public final class ProjectTableMatchesNarrativeProjects implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("XTB-017", RuleFamily.CROSS_TABLE, Severity.ERROR)
          .tables(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE)
          .roles(ColumnRole.PROJECT_NAME, ColumnRole.TOTAL)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    List<ProjectDescription> described = ctx.disclosure().projects();
    Optional<TableView> table = ctx.view(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE);
    Optional<Column> total = table.flatMap(v -> v.column(ColumnRole.TOTAL, 0));
    if (described.isEmpty() || total.isEmpty()) {
      out.notApplicable("table-missing");
      return;
    }
    TableView v = table.get();
    List<ProjectRow> rows = new ArrayList<>(ProjectRows.of(v));
    for (ProjectDescription p : described) {
      Optional<ProjectRow> match = Names.find(rows, p.name(), ProjectRow::project);
      Location where = Location.narrative(p.name(), -1, p.source()).inPart(Part.NARRATIVE);
      if (match.isEmpty()) {
        out.fail(Severity.ERROR, "missing", where, "", p.name(), p.name());
        continue;
      }
      rows.remove(match.get());
      CellValue cell = ctx.value(v, match.get().row(), total.get());
      if (p.scale() == null) {
        out.insufficientData(where, "not-stated");
        continue;
      }
      CellValue stated = new CellValue(CellValue.State.NUMBER, p.scale().money(), null, where);
      FigureChecks.sums(ctx, out, where, List.of(cell), List.of(stated), p.name());
    }
    for (ProjectRow r : rows) {
      out.fail(
          Severity.WARNING,
          "undescribed",
          Location.of(v, r.row(), 0),
          r.project(),
          "",
          r.project());
    }
  }
}
