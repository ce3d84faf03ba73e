package org.gongkai.write.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Cell;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.write.input.BudgetDataReader;
import org.junit.jupiter.api.Test;

class LedgerTablesTest {

  private static final Map<String, String> NAMES =
      Map.of(
          "201",
          "一般公共服务支出",
          "20103",
          "政府办公厅（室）及相关机构事务",
          "2010301",
          "行政运行",
          "2010350",
          "事业运行",
          "301",
          "工资福利支出",
          "30101",
          "基本工资",
          "302",
          "商品和服务支出",
          "30201",
          "办公费");

  private static List<Table> tables(String layout, String items) throws Exception {
    String yaml =
        "unit: {name: 测试单位, year: 2025, layout: " + layout + ", functions: [x]}\nitems:\n" + items;
    var data =
        BudgetDataReader.read(
            new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), false, "t.yaml");
    Ledger ledger = new Ledger(data);
    return new LedgerTables(
            ledger,
            LayoutProfiles.byId(layout).orElseThrow(),
            LayoutForm.forLayout(layout).orElseThrow(),
            CodeNames.empty().withNames(NAMES),
            new ThreePublicFigures(ledger))
        .build();
  }

  private static Table table(List<Table> ts, TableKind k) {
    return ts.stream().filter(t -> t.kind() == k).findFirst().orElseThrow();
  }

  private static String value(Table t, String codeOrName, ColumnRole role) {
    for (Row r : t.rows()) {
      var l = t.label(r, 0);
      if (l.code().equals(codeOrName) || l.name().equals(codeOrName)) {
        Cell c = r.cell(t.column(role).orElseThrow().index());
        return c.isBlank() ? "" : c.printed();
      }
    }
    throw new AssertionError(codeOrName);
  }

  private static final String ITEMS =
      """
        - {function: "2010301", economic: "30101", source: GENERAL_PUBLIC, type: BASIC, amount: 100.10}
        - {function: "2010301", economic: "30201", source: GENERAL_PUBLIC_TRANSFER, type: BASIC, amount: 20.05}
        - {function: "2010350", economic: "30201", source: GENERAL_PUBLIC, type: PROJECT, project: 甲, amount: 3.00}
      """;

  @Test
  void rowsRollUpFromItemToSectionToClassToTotal() throws Exception {
    Table t3 = table(tables("xinjiang-unit-budget", ITEMS), TableKind.EXPENDITURE_SUMMARY);
    assertThat(value(t3, "2010301", ColumnRole.TOTAL)).isEqualTo("120.15");
    assertThat(value(t3, "20103", ColumnRole.TOTAL)).isEqualTo("123.15");
    assertThat(value(t3, "201", ColumnRole.BASIC)).isEqualTo("120.15");
    assertThat(value(t3, "合计", ColumnRole.PROJECT)).isEqualTo("3.00");
    assertThat(t3.label(t3.rows().get(0))).extracting(l -> l.name()).isEqualTo("一般公共服务支出");
  }

  @Test
  void aZeroIsPrintedBlankAndAnEmptyTableCarriesItsStatement() throws Exception {
    List<Table> ts = tables("xinjiang-unit-budget", ITEMS);
    Table t3 = table(ts, TableKind.EXPENDITURE_SUMMARY);
    assertThat(value(t3, "2010350", ColumnRole.BASIC)).isEmpty();
    Table t8 = table(ts, TableKind.GOV_FUNDS_EXPENDITURE);
    assertThat(t8.rows()).hasSize(1);
    assertThat(t8.declaredEmpty()).isTrue();
    assertThat(table(ts, TableKind.EXPENDITURE_SUMMARY).notes()).isEmpty();
  }

  @Test
  void transfersHaveTheirOwnColumnWhereTheLayoutHasOneAndJoinTheirBudgetWhereNot()
      throws Exception {
    List<Table> ts = tables("xinjiang-unit-budget", ITEMS);
    Table t2 = table(ts, TableKind.INCOME_SUMMARY);
    assertThat(value(t2, "合计", ColumnRole.GENERAL_PUBLIC)).isEqualTo("103.10");
    assertThat(value(t2, "合计", ColumnRole.GENERAL_PUBLIC_TRANSFER)).isEqualTo("20.05");
    Table t4 = table(ts, TableKind.FISCAL_SUMMARY);
    assertThat(
            t4.rows()
                .get(t4.rows().size() - 1)
                .cell(t4.column(ColumnRole.GENERAL_PUBLIC, 1).orElseThrow().index())
                .printed())
        .isEqualTo("123.15");
  }

  @Test
  void tablesInYuanConvertExactlyFromTenThousandYuan() throws Exception {
    Table t3 = table(tables("shanghai-unit-budget", ITEMS), TableKind.EXPENDITURE_SUMMARY);
    assertThat(value(t3, "合计", ColumnRole.TOTAL)).isEqualTo("1,231,500.00");
    assertThat(t3.unit()).isEqualTo(org.gongkai.model.MoneyUnit.YUAN);
  }

  @Test
  void everyClassOfTheOfficialListIsListedInXinjiangButOnlyTheUsedOnesInShanghai()
      throws Exception {
    Table xj = table(tables("xinjiang-unit-budget", ITEMS), TableKind.INCOME_EXPENDITURE_SUMMARY);
    Table sh = table(tables("shanghai-unit-budget", ITEMS), TableKind.INCOME_EXPENDITURE_SUMMARY);
    long xjClasses = xj.rows().stream().filter(r -> xj.label(r, 1).code().length() == 3).count();
    assertThat(xjClasses).isEqualTo(30);
    assertThat(sh.rows().stream().map(r -> sh.label(r, 1).name()).toList()).contains("一、一般公共服务支出");
  }

  @Test
  void chineseNumeralsForNumberedClassRows() {
    assertThat(LedgerTables.numeral(0)).isEqualTo("一");
    assertThat(LedgerTables.numeral(9)).isEqualTo("十");
    assertThat(LedgerTables.numeral(10)).isEqualTo("十一");
    assertThat(LedgerTables.numeral(21)).isEqualTo("二十二");
  }
}
