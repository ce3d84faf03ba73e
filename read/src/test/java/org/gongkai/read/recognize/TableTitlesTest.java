package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableTitlesTest {

  private static final String SUMMARY_GRID =
      "收 入\t\t支 出\t\n"
          + "项 目\t预算数\t功能分类\t预算数\n"
          + "一、本年收入\t100.00\t201 一般公共服务支出\t100.00\n"
          + "收 入 总 计\t100.00\t支 出 总 计\t100.00\n";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "表1\n\n单位收支总体情况表\n\n",
        "表 1 单位收支总体情况表\n",
        "表1：单位收支总体情况表\n",
        "表一\n单位收支总体情况表\n",
        "单位收支总体情况表\n\n表 1\n\n",
        "公开01表 部门收支总体情况表\n",
        "附表1 部门收支总体情况表\n",
        "一、单位收支总体情况表\n",
        "表1\n克孜勒苏某某局2024年单位收支总体情况表\n"
      })
  void findsTheTableWhateverTheNumberingAndWhereverTheTitleIs(String heading) {
    Disclosure d = Docs.read(heading + "编制单位：某某局\n单位：万元\n\n" + SUMMARY_GRID);
    assertThat(d.tables()).hasSize(1);
    Table t = d.tables().get(0);
    assertThat(t.number()).isEqualTo(1);
    assertThat(t.kind()).isEqualTo(TableKind.INCOME_EXPENDITURE_SUMMARY);
    assertThat(t.preparer()).isEqualTo("某某局");
    assertThat(t.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(t.source().line()).isEqualTo(1);
    assertThat(Docs.cells(d))
        .containsExactly(
            "1,,一、本年收入,预算数,100.00",
            "1,201,一般公共服务支出,预算数,100.00",
            "1,,收入总计,预算数,100.00",
            "1,,支出总计,预算数,100.00");
  }

  @Test
  void readsPreparerAndUnitFromOneLineAndTakesTheUnitEachTableStates() {
    Disclosure d = Docs.read("表 1 单位收支总体情况表\n编制单位：某某局    单位：元\n" + SUMMARY_GRID);
    Table t = d.tables().get(0);
    assertThat(t.preparer()).isEqualTo("某某局");
    assertThat(t.unit()).isEqualTo(MoneyUnit.YUAN);
    assertThat(Docs.codes(d)).doesNotContain("read.table.noUnit");
  }

  @Test
  void aUnitPrintedAfterTheTitleIsTheTablesUnitAndNotPartOfItsTitle() {
    for (String heading : List.of("表 1 单位收支总体情况表    单位：元\n", "表1\n单位收支总体情况表（金额单位：元）\n")) {
      Table t = Docs.read(heading + SUMMARY_GRID).tables().get(0);
      assertThat(t.unit()).as(heading).isEqualTo(MoneyUnit.YUAN);
      assertThat(t.title()).as(heading).isEqualTo("单位收支总体情况表");
    }
  }

  @Test
  void aTableWithoutUnitTakesTheLayoutsAndSaysSo() {
    Disclosure d = Docs.read("表 1 单位收支总体情况表\n" + SUMMARY_GRID);
    assertThat(d.tables().get(0).unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(Docs.codes(d)).contains("read.table.noUnit");
  }

  @Test
  void aTableTheLayoutDoesNotKnowIsReadAsPrintedAndReported() {
    Disclosure d = Docs.read("表 11 单位人员情况表\n单位：人\n" + "项目\t合计\t在职\n" + "人数\t10\t8\n");
    Table t = d.tableNumber(11).orElseThrow();
    assertThat(t.kind()).isEqualTo(TableKind.OTHER);
    assertThat(Docs.cells(d)).containsExactly("11,,人数,合计,10", "11,,人数,在职,8");
    assertThat(Docs.withCode(d, "read.table.unknown"))
        .singleElement()
        .satisfies(x -> assertThat(x.args()).containsExactly("11", "单位人员情况表"));
  }

  @Test
  void anUntitledGridIsTakenForATableByItsHeaders() {
    Disclosure d =
        Docs.read(
            "说明文字。\n"
                + Docs.EXPENDITURE_HEADER
                + "201\t\t\t一般公共服务支出\t30.00\t10.00\t20.00\n"
                + "\t\t\t合 计\t30.00\t10.00\t20.00\n");
    Table t = d.tables().get(0);
    assertThat(t.kind()).isEqualTo(TableKind.EXPENDITURE_SUMMARY);
    assertThat(t.number()).isEqualTo(3);
    assertThat(Docs.codes(d)).contains("read.table.untitled");
  }

  @Test
  void aTableSplitOverPagesWithItsHeaderRepeatedIsOneTable() {
    Disclosure d =
        Docs.read(
            "表 3 单位支出总体情况表\n单位：万元\n"
                + Docs.EXPENDITURE_HEADER
                + "201\t\t\t一般公共服务支出\t30.00\t10.00\t20.00\n"
                + "单位：万元\n"
                + Docs.EXPENDITURE_HEADER
                + "208\t\t\t社会保障和就业支出\t5.00\t5.00\t\n"
                + "\t\t\t合 计\t35.00\t15.00\t20.00\n");
    assertThat(d.tables()).hasSize(1);
    assertThat(d.tables().get(0).rows()).hasSize(3);
    assertThat(Docs.codes(d)).contains("read.table.continued");
  }

  @Test
  void aContinuedTitleJoinsTheTableAndANewTitleStartsAnother() {
    String body = "201\t\t\t一般公共服务支出\t30.00\t10.00\t20.00\n";
    Disclosure d =
        Docs.read(
            "表 3 单位支出总体情况表\n单位：万元\n"
                + Docs.EXPENDITURE_HEADER
                + body
                + "续表\n"
                + body
                + "表 5 一般公共预算支出情况表\n单位：万元\n"
                + Docs.EXPENDITURE_HEADER
                + body);
    assertThat(d.tables()).extracting(Table::number).containsExactly(3, 5);
    assertThat(d.tables().get(0).rows()).hasSize(2);
    assertThat(d.tables().get(1).rows()).hasSize(1);
  }

  @Test
  void tableLabelsAreReadAndOtherWordsAreNot() {
    assertThat(TableLabel.of("表 3").number()).isEqualTo(3);
    assertThat(TableLabel.of("表十").number()).isEqualTo(10);
    assertThat(TableLabel.of("表1-2 收入表").rest()).isEqualTo("收入表");
    assertThat(TableLabel.of("公开 01 表 部门收支总表").number()).isEqualTo(1);
    assertThat(TableLabel.of("表格说明")).isNull();
    assertThat(TableLabel.of("表示感谢")).isNull();
    assertThat(TableLabel.of("单位收支总体情况表")).isNull();
  }
}
