package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.SourceRef;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.read.layout.GridCell;
import org.junit.jupiter.api.Test;

class HeaderMapperTest {

  private static final CompiledProfile PROFILE = new CompiledProfile(Docs.XINJIANG);

  private static List<GridCell> row(String tabbed) {
    List<GridCell> out = new ArrayList<>();
    for (String c : tabbed.split("\t", -1)) {
      out.add(GridCell.of(c, SourceRef.line(1)));
    }
    return out;
  }

  private static HeaderMapper.Result map(int table, String... rows) {
    TableSpec spec = PROFILE.specForNumber(table);
    List<List<GridCell>> header = new ArrayList<>();
    int width = 0;
    for (String r : rows) {
      header.add(row(r));
      width = Math.max(width, header.get(header.size() - 1).size());
    }
    return HeaderMapper.map(spec, PROFILE.headers(spec), header, width, new boolean[width]);
  }

  @Test
  void garbledAndSpacedOutHeadersFindTheirRolesByFitAndPosition() {
    HeaderMapper.Result r =
        map(
            4,
            "财政拨款收入\t\t财政拨款支出\t\t\t\t",
            "项 目\t合 计\t功 能 分 类\t合 计\t一般公 共预算\t政 府 基 金 预 算\t国 有 本 营 预 算");
    assertThat(r.columns())
        .extracting(Column::header, Column::role, Column::side)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("项目", ColumnRole.NAME, 0),
            org.assertj.core.groups.Tuple.tuple("合计", ColumnRole.TOTAL, 0),
            org.assertj.core.groups.Tuple.tuple("功能分类", ColumnRole.CODE_NAME, 1),
            org.assertj.core.groups.Tuple.tuple("合计", ColumnRole.TOTAL, 1),
            org.assertj.core.groups.Tuple.tuple("一般公共预算", ColumnRole.GENERAL_PUBLIC, 1),
            org.assertj.core.groups.Tuple.tuple("政府基金预算", ColumnRole.GOV_FUNDS, 1),
            org.assertj.core.groups.Tuple.tuple("国有本营预算", ColumnRole.STATE_CAPITAL, 1));
    assertThat(r.unknown()).isEmpty();
    assertThat(r.columns().get(4).group()).isEqualTo("财政拨款支出");
  }

  @Test
  void aSpanningCodeHeaderWithoutItsOwnRowStillGivesThreeCodeColumns() {
    HeaderMapper.Result r = map(3, "功能分类科目编码\t\t\t科目名称\t合计\t基本支出\t项目支出");
    assertThat(r.columns())
        .extracting(Column::role)
        .containsExactly(
            ColumnRole.CODE_CLASS,
            ColumnRole.CODE_SECTION,
            ColumnRole.CODE_ITEM,
            ColumnRole.NAME,
            ColumnRole.TOTAL,
            ColumnRole.BASIC,
            ColumnRole.PROJECT);
  }

  @Test
  void anUnknownHeaderIsKeptAsOtherAndAMissingColumnIsListed() {
    HeaderMapper.Result r = map(3, "类\t款\t项\t科目名称\t合计\t基本支出\t上缴上级支出");
    assertThat(r.columns().get(6).role()).isEqualTo(ColumnRole.OTHER);
    assertThat(r.unknown()).containsExactly("上缴上级支出");
    assertThat(r.missing()).containsExactly("项目支出");
  }
}
