package org.gongkai.check.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;

/**
 * The project rows of a table with a project-name column (一般公共预算项目支出情况表): each with its
 * classification code (a project row printed without a code belongs to the code row above it).
 */
public final class ProjectRows {

  /**
   * One project row.
   *
   * @param row the row
   * @param code its classification code, inherited from the code row above when not printed
   * @param project the project name as printed (compact)
   */
  public record ProjectRow(Row row, String code, String project) {}

  private ProjectRows() {}

  /** The project rows of side 0; empty when the table has no project-name column. */
  public static List<ProjectRow> of(TableView v) {
    Optional<Column> name = v.column(ColumnRole.PROJECT_NAME, 0);
    if (name.isEmpty()) {
      return List.of();
    }
    List<ProjectRow> out = new ArrayList<>();
    String lastCode = "";
    for (int i = 0; i < v.rows().size(); i++) {
      Row r = v.rows().get(i);
      RowLabel label = v.label(i, 0);
      if (v.isTotal(i, 0)) {
        continue;
      }
      if (label.hasCode()) {
        lastCode = label.code();
      }
      String project = TableView.compact(r.cell(name.get().index()).printed());
      if (!project.isEmpty() && !isTotalWord(project)) {
        out.add(new ProjectRow(r, label.hasCode() ? label.code() : lastCode, project));
      }
    }
    return out;
  }

  /** True when the row prints a project name. */
  public static boolean isProjectRow(TableView v, Row r) {
    Optional<Column> name = v.column(ColumnRole.PROJECT_NAME, 0);
    if (name.isEmpty()) {
      return false;
    }
    String project = TableView.compact(r.cell(name.get().index()).printed());
    return !project.isEmpty() && !isTotalWord(project);
  }

  private static boolean isTotalWord(String s) {
    return s.equals("合计") || s.equals("总计") || s.equals("小计");
  }
}
