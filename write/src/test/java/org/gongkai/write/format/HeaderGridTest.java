package org.gongkai.write.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;

class HeaderGridTest {

  private static Table table(Column... columns) {
    return new Table(
        1, TableKind.OTHER, "t", null, "", List.of(columns), List.of(), List.of(), null);
  }

  @Test
  void groupsSpanTheirColumnsAndLoneHeadersSpanDown() {
    HeaderGrid g =
        HeaderGrid.of(
            table(
                new Column(0, "项目", ColumnRole.NAME, 1, "", "本年支出"),
                new Column(1, "合计", ColumnRole.TOTAL, 1, "", "本年支出/预算数"),
                new Column(2, "人员经费", ColumnRole.PERSONNEL, 1, "", "本年支出/预算数/基本支出"),
                new Column(3, "公用经费", ColumnRole.OPERATING, 1, "", "本年支出/预算数/基本支出"),
                new Column(4, "项目支出", ColumnRole.PROJECT, 1, "", "本年支出/预算数")));
    assertThat(g.depth()).isEqualTo(4);
    assertThat(g.row(0)).containsExactly(new HeaderGrid.Cell(0, 0, 1, 5, "本年支出"));
    assertThat(g.row(1))
        .containsExactly(
            new HeaderGrid.Cell(1, 0, 3, 1, "项目"), new HeaderGrid.Cell(1, 1, 1, 4, "预算数"));
    assertThat(g.row(2))
        .containsExactly(
            new HeaderGrid.Cell(2, 1, 2, 1, "合计"),
            new HeaderGrid.Cell(2, 2, 1, 2, "基本支出"),
            new HeaderGrid.Cell(2, 4, 2, 1, "项目支出"));
  }

  @Test
  void aTableWithoutGroupsHasOneHeaderRow() {
    HeaderGrid g =
        HeaderGrid.of(
            table(new Column(0, "名称", ColumnRole.NAME), new Column(1, "合计", ColumnRole.TOTAL)));
    assertThat(g.depth()).isEqualTo(1);
    assertThat(g.cells()).hasSize(2);
  }
}
