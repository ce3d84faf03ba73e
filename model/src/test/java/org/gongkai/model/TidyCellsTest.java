package org.gongkai.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TidyCellsTest {

  private static final SourceRef AT = SourceRef.line(7);

  private static Cell t(String s) {
    return s.isEmpty() ? Cell.blank(AT) : Cell.text(s, AT);
  }

  private static Cell n(String printed) {
    return Cell.number(printed, new BigDecimal(printed.replace(",", "")), AT);
  }

  private static Table expenditureTable() {
    List<Column> cols =
        List.of(
            new Column(0, "类", ColumnRole.CODE_CLASS),
            new Column(1, "款", ColumnRole.CODE_SECTION),
            new Column(2, "项", ColumnRole.CODE_ITEM),
            new Column(3, "功能分类科目名称", ColumnRole.NAME),
            new Column(4, "合计", ColumnRole.TOTAL),
            new Column(5, "基本支出", ColumnRole.BASIC),
            new Column(6, "项目支出", ColumnRole.PROJECT));
    List<Row> rows =
        List.of(
            new Row(
                0,
                List.of(
                    t("201"),
                    t(""),
                    t(""),
                    t("一般公共 服务支出"),
                    n("1,665.38"),
                    n("1,394.53"),
                    n("270.85")),
                AT),
            new Row(
                1,
                List.of(
                    t("201"),
                    t("03"),
                    t("50"),
                    t("事业运行"),
                    n("109.89"),
                    n("109.89"),
                    Cell.blank(AT)),
                AT),
            new Row(
                2, List.of(t(""), t(""), t(""), t("合 计"), n("0.00"), t("—"), Cell.blank(AT)), AT));
    return new Table(
        3,
        TableKind.EXPENDITURE_SUMMARY,
        "单位支出总体情况表",
        MoneyUnit.WAN_YUAN,
        "",
        cols,
        rows,
        List.of(),
        AT);
  }

  @Test
  void oneEntryPerNonBlankValueCellWithCodesNamesAndPlainValues() {
    TidyCells cells = TidyCells.of(expenditureTable());

    assertThat(cells.entries())
        .extracting(e -> e.toCsvRecord())
        .containsExactly(
            "3,201,一般公共服务支出,合计,1665.38",
            "3,201,一般公共服务支出,基本支出,1394.53",
            "3,201,一般公共服务支出,项目支出,270.85",
            "3,2010350,事业运行,合计,109.89",
            "3,2010350,事业运行,基本支出,109.89",
            "3,,合计,合计,0.00",
            "3,,合计,基本支出,—");
  }

  @Test
  void twoSidedTablesLabelEachValueByItsOwnSide() {
    List<Column> cols =
        List.of(
            new Column(0, "项 目", ColumnRole.NAME, 0, "", ""),
            new Column(1, "预算数", ColumnRole.TOTAL, 0, "", ""),
            new Column(2, "功能分类", ColumnRole.CODE_NAME, 1, "", ""),
            new Column(3, "预算数", ColumnRole.TOTAL, 1, "", ""));
    Row row = new Row(0, List.of(t("一、本年收入"), n("1,807.53"), t("201 一般公共服务支出"), n("1,665.38")), AT);
    Table table =
        new Table(
            1,
            TableKind.INCOME_EXPENDITURE_SUMMARY,
            "单位收支总体情况表",
            MoneyUnit.WAN_YUAN,
            "",
            cols,
            List.of(row),
            List.of(),
            AT);

    assertThat(TidyCells.of(table).toCsv())
        .isEqualTo(
            "table,row_code,row_name,column,value\r\n"
                + "1,,一、本年收入,预算数,1807.53\r\n"
                + "1,201,一般公共服务支出,预算数,1665.38\r\n");
  }

  @Test
  void projectRowsAreNamedByTheirProjectAndTheTotalRowIsFound() {
    List<Column> cols =
        List.of(
            new Column(0, "类", ColumnRole.CODE_CLASS),
            new Column(1, "款", ColumnRole.CODE_SECTION),
            new Column(2, "项", ColumnRole.CODE_ITEM),
            new Column(3, "科目名称", ColumnRole.NAME),
            new Column(4, "项目名称", ColumnRole.PROJECT_NAME),
            new Column(5, "项目支出合计", ColumnRole.TOTAL));
    Row project =
        new Row(0, List.of(t("201"), t("03"), t("99"), t("其他支出"), t("机场设施, 租赁费"), n("60.00")), AT);
    Row total = new Row(1, List.of(t(""), t(""), t(""), t(""), t("合计"), n("60.00")), AT);
    Table table =
        new Table(
            7,
            TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE,
            "项目支出表",
            MoneyUnit.WAN_YUAN,
            "",
            cols,
            List.of(project, total),
            List.of(),
            AT);

    assertThat(TidyCells.of(table).toCsv())
        .contains("7,2010399,\"机场设施,租赁费\",项目支出合计,60.00\r\n")
        .contains("7,,合计,项目支出合计,60.00\r\n");
    assertThat(table.totalRow(0)).contains(total);
  }

  @Test
  void quotingFollowsRfc4180AndLeavesPlainFieldsAlone() {
    assertThat(TidyCells.quote("一般公共预算")).isEqualTo("一般公共预算");
    assertThat(TidyCells.quote("a\"b")).isEqualTo("\"a\"\"b\"");
    assertThat(TidyCells.quote("a\nb")).isEqualTo("\"a\nb\"");
  }

  @Test
  void aTableWithOnlyBlankValuesHasNoEntries() {
    List<Column> cols =
        List.of(new Column(0, "项目", ColumnRole.NAME), new Column(1, "合计", ColumnRole.TOTAL));
    Row row = new Row(0, List.of(t("合计"), Cell.blank(AT)), AT);
    Table table =
        new Table(
            8,
            TableKind.GOV_FUNDS_EXPENDITURE,
            "政府性基金预算支出情况表",
            MoneyUnit.WAN_YUAN,
            "",
            cols,
            List.of(row),
            List.of(),
            AT);
    assertThat(TidyCells.of(table).entries()).isEmpty();
    assertThat(TidyCells.of(table).toCsv()).isEqualTo(TidyCells.HEADER + "\r\n");
  }
}
