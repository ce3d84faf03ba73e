package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The text form drops blank cells (and sometimes adds one): values are placed by the identities
 * they must satisfy, marked inferred and reported, and never shifted silently.
 */
class LostCellsTest {

  private static final String HEAD = "表 3 单位支出总体情况表\n单位：万元\n" + Docs.EXPENDITURE_HEADER;

  private static Cell cell(Table t, String code, int column) {
    List<Row> rows = t.rowsWithCode(code, 0);
    assertThat(rows).hasSize(1);
    return rows.get(0).cell(column);
  }

  @Test
  void siblingsThatLostTheirBlanksArePlacedByTheirParentsSums() {
    Disclosure d =
        Docs.read(
            HEAD
                + "201\t\t\t一般公共服务支出\t90.00\t40.00\t50.00\n"
                + "201\t13\t\t商贸事务\t90.00\t40.00\t50.00\n"
                + "201\t13\t01\t行政运行\t30.00\t30.00\t\n"
                + "201\t13\t02\t一般行政管理事务\t20.00\t20.00\n"
                + "201\t13\t50\t事业运行\t10.00\t10.00\n"
                + "201\t13\t99\t其他商贸事务支出\t30.00\t\t30.00\n"
                + "\t\t\t合 计\t90.00\t40.00\t50.00\n");
    Table t = d.tables().get(0);
    assertThat(cell(t, "2011302", 6).printed()).isEqualTo("20.00");
    assertThat(cell(t, "2011302", 5).isBlank()).isTrue();
    assertThat(cell(t, "2011350", 5).printed()).isEqualTo("10.00");
    assertThat(cell(t, "2011350", 6).isBlank()).isTrue();
    assertThat(cell(t, "2011302", 6).inferred()).isTrue();
    assertThat(cell(t, "2011350", 5).inferred()).isTrue();
    assertThat(cell(t, "2011301", 5).inferred()).isFalse();
    assertThat(Docs.withCode(d, "read.cell.inferred"))
        .extracting(x -> x.source().line())
        .containsExactly(9, 10);
    assertThat(Docs.codes(d)).doesNotContain("read.cell.ambiguous");
  }

  @Test
  void aRowWithAnExtraCellKeepsItsValuesWhereTheSumsPutThem() {
    Disclosure d =
        Docs.read(
            HEAD
                + "201\t\t\t一般公共服务支出\t90.00\t40.00\t50.00\n"
                + "208\t\t\t社会保障和就业支出\t10.00\t\t10.00\n"
                + "\t\t\t合 计\t100.00\t\t40.00\t60.00\n");
    Table t = d.tables().get(0);
    Row total = t.totalRow(0).orElseThrow();
    assertThat(total.cell(5).printed()).isEqualTo("40.00");
    assertThat(total.cell(6).printed()).isEqualTo("60.00");
    assertThat(total.cell(5).inferred()).isTrue();
    assertThat(total.cell(4).inferred()).isFalse();
    assertThat(Docs.withCode(d, "read.cell.inferred"))
        .singleElement()
        .satisfies(x -> assertThat(x.args().get(1)).contains("40.00→基本支出", "60.00→项目支出"));
  }

  @Test
  void whatNoIdentityDecidesIsKeptNearestToPrintAndReportedAsAmbiguous() {
    Disclosure d = Docs.read(HEAD + "\t\t\t合 计\t30.00\t30.00\n");
    Row total = d.tables().get(0).rows().get(0);
    assertThat(total.cell(5).printed()).isEqualTo("30.00");
    assertThat(total.cell(5).inferred()).isTrue();
    assertThat(Docs.withCode(d, "read.cell.ambiguous")).hasSize(1);
  }

  @Test
  void aRowWithMoreValuesThanColumnsIsKeptAsPrintedAndReported() {
    Disclosure d = Docs.read(HEAD + "201\t\t\t一般公共服务支出\t1.00\t2.00\t3.00\t4.00\t5.00\n");
    Row r = d.tables().get(0).rows().get(0);
    assertThat(r.cell(6).printed()).isEqualTo("3.00");
    assertThat(Docs.withCode(d, "read.row.unplaced"))
        .singleElement()
        .satisfies(x -> assertThat(x.severity()).isEqualTo(Diagnostic.Severity.WARNING));
  }

  @Test
  void aTableWrittenWithSpacesIsPlacedByItsSums() {
    Disclosure d =
        Docs.read(
            HEAD
                + "201  一般公共服务支出  90.00  40.00  50.00\n"
                + "201 13  商贸事务  90.00  40.00  50.00\n"
                + "201 13 01  行政运行  40.00  40.00\n"
                + "201 13 99  其他商贸事务支出  50.00  50.00\n"
                + "合  计  90.00  40.00  50.00\n");
    Table t = d.tables().get(0);
    assertThat(t.rows()).hasSize(5);
    assertThat(cell(t, "2011301", 5).printed()).isEqualTo("40.00");
    assertThat(cell(t, "2011399", 6).printed()).isEqualTo("50.00");
    assertThat(cell(t, "2011399", 5).isBlank()).isTrue();
    assertThat(Docs.cells(d)).contains("3,2011399,其他商贸事务支出,项目支出,50.00", "3,,合计,合计,90.00");
  }

  @Test
  void rowsPrintedInFullAreTakenAsPrintedEvenWhenTheirSumsDisagree() {
    Disclosure d = Docs.read(HEAD + "201\t\t\t一般公共服务支出\t99.00\t40.00\t50.00\n");
    Row r = d.tables().get(0).rows().get(0);
    assertThat(r.cell(4).printed()).isEqualTo("99.00");
    assertThat(r.cell(4).inferred()).isFalse();
    assertThat(Docs.codes(d)).doesNotContain("read.cell.inferred", "read.cell.ambiguous");
  }
}
