package org.gongkai.read.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.read.xlsx.Xlsx.e;
import static org.gongkai.read.xlsx.Xlsx.f;
import static org.gongkai.read.xlsx.Xlsx.n;
import static org.gongkai.read.xlsx.Xlsx.row;
import static org.gongkai.read.xlsx.Xlsx.s;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.office.OfficePackages;
import org.gongkai.read.office.TestZips;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class WorkbookLayoutReaderTest {

  private final WorkbookLayoutReader reader = new WorkbookLayoutReader();

  /** Two bordered tables on one sheet, a title and a unit line, a hidden row between them. */
  static final Xlsx.Sheet BUDGET =
      Xlsx.sheet(
          "表1",
          row(1, s("A1", 3, "2025年收入预算表"))
              + row(2, s("A2", 0, "编制单位：示例单位"), s("C2", 0, "单位：万元"))
              + row(3, s("A3", 1, "项目"), s("B3", 1, "预算数"), e("C3", 1))
              + row(4, e("A4", 1), n("B4", 1, "2024"), n("C4", 1, "2025"))
              + row(5, s("A5", 1, "一般公共预算拨款"), n("B5", 2, "1807.53"), n("C5", 2, "1665.38"))
              + row(6, s("A6", 1, "其他收入"), e("B6", 2), n("C6", 2, "0"))
              + row(
                  7,
                  s("A7", 1, "合计"),
                  f("B7", 2, "SUM(B5:B6)", "1807.53"),
                  f("C7", 2, "SUM(C5:C6)", "1665.38"))
              + row(8, true, s("A8", 0, "隐藏的备注"))
              + row(10, s("A10", 1, "科目"), s("B10", 1, "金额"))
              + row(11, s("A11", 1, "201"), n("B11", 2, "12345.6")),
          "A3:A4",
          "B3:C3");

  static String rows(Block.Grid g) {
    return g.rows().stream()
        .map(r -> r.stream().map(WorkbookLayoutReaderTest::cell).collect(Collectors.joining("|")))
        .collect(Collectors.joining("\n"));
  }

  private static String cell(GridCell c) {
    return c.text()
        + (c.rowSpan() > 1 || c.colSpan() > 1 ? "{" + c.rowSpan() + "x" + c.colSpan() + "}" : "");
  }

  private static List<Block.Grid> grids(Layout l) {
    return l.blocks().stream()
        .filter(b -> b instanceof Block.Grid)
        .map(b -> (Block.Grid) b)
        .toList();
  }

  @Test
  void readsTablesAsPrintedWithMergedCellsAndCachedFormulas() {
    Layout l = reader.read(Xlsx.of(BUDGET), "budget.xlsx");
    assertThat(l.blocks().get(0)).isInstanceOf(Block.Heading.class);
    assertThat(((Block.Heading) l.blocks().get(0)).text()).isEqualTo("2025年收入预算表");
    assertThat(((Block.Paragraph) l.blocks().get(1)).text()).isEqualTo("编制单位：示例单位 单位：万元");
    List<Block.Grid> grids = grids(l);
    assertThat(grids).hasSize(2);
    assertThat(rows(grids.get(0)))
        .isEqualTo(
            "项目{2x1}|预算数{1x2}|\n|2024|2025\n一般公共预算拨款|1,807.53|1,665.38\n"
                + "其他收入||0.00\n合计|1,807.53|1,665.38");
    assertThat(rows(grids.get(1))).isEqualTo("科目|金额\n201|12,345.60");
    assertThat(grids.get(0).rows().get(2).get(1).source().locator()).isEqualTo("表1!B5");
    assertThat(l.blocks().toString()).doesNotContain("隐藏的备注");
    assertThat(l.diagnostics()).isEmpty();
  }

  @Test
  void aSheetWithoutBordersSplitsAtBlankRows() {
    Xlsx.Sheet plain =
        Xlsx.sheet(
            "Sheet1",
            row(1, s("A1", 0, "说明"))
                + row(2, s("A2", 0, "项目"), s("B2", 0, "金额"))
                + row(3, s("A3", 0, "工资"), n("B3", 0, "100"))
                + row(5, s("A5", 0, "项目"), s("B5", 0, "人数"))
                + row(6, s("A6", 0, "在职"), n("B6", 0, "12")));
    Layout l = reader.read(Xlsx.of(plain), "plain.xlsx");
    assertThat(l.blocks()).hasSize(3);
    assertThat(rows(grids(l).get(0))).isEqualTo("项目|金额\n工资|100");
    assertThat(rows(grids(l).get(1))).isEqualTo("项目|人数\n在职|12");
  }

  @Test
  void hiddenSheetsAreSkippedAndSaidSo() {
    Layout l = reader.read(Xlsx.of(BUDGET, Xlsx.hidden("底稿", row(1, s("A1", 0, "不公开")))), "h.xlsx");
    assertThat(l.blocks().toString()).doesNotContain("不公开");
    assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("read.sheet.hidden");
  }

  @Test
  void aWorkbookWithMacrosIsReadForItsValuesAndSaysSo() {
    Map<String, String> parts = Xlsx.parts(true, BUDGET);
    parts.put("xl/vbaProject.bin", "not run");
    Layout l = reader.read(TestZips.zip(parts), "macros.xlsm");
    assertThat(grids(l)).as(l.diagnostics().toString()).hasSize(2);
    assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("read.sheet.macros");
  }

  @Test
  void readsTheBinaryFormatToo() throws Exception {
    byte[] xls;
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      Sheet sh = wb.createSheet("表2");
      var border = wb.createCellStyle();
      border.setBorderTop(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      String[][] cells = {{"科目编码", "科目名称", "金额"}, {"201", "一般公共服务支出", "1665.38"}};
      for (int r = 0; r < cells.length; r++) {
        Row row = sh.createRow(r);
        for (int c = 0; c < 3; c++) {
          var cell = row.createCell(c);
          cell.setCellStyle(border);
          if (r == 1 && c == 2) {
            cell.setCellValue(1665.38);
          } else {
            cell.setCellValue(cells[r][c]);
          }
        }
      }
      sh.addMergedRegion(new CellRangeAddress(3, 3, 0, 2));
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      wb.write(b);
      xls = b.toByteArray();
    }
    Layout l = reader.read(xls, "old.xls");
    assertThat(rows(grids(l).get(0))).isEqualTo("科目编码|科目名称|金额\n201|一般公共服务支出|1665.38");
  }

  @Test
  void theOfficialTemplateWorkbookReads() throws Exception {
    String shared = System.getProperty("gongkai.shared");
    Path xls =
        shared == null
            ? null
            : Path.of(shared, "corpus/real/zxj6827111-blip--tianbaoxitong/budget_template.xls");
    if (xls == null || !Files.exists(xls)) {
      System.out.println("SKIPPED: budget_template.xls of the real corpus is not present");
    }
    Assumptions.assumeTrue(xls != null && Files.exists(xls), "real corpus not present");
    Layout l = reader.read(Files.readAllBytes(xls), "budget_template.xls");
    assertThat(l.diagnostics()).noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR);
    assertThat(grids(l).size()).isGreaterThanOrEqualTo(9);
    assertThat(l.blocks().toString()).contains("财务收支预算总表");
  }

  @Test
  void damagedEncryptedAndBombedFilesAreClearErrors() {
    byte[] good = Xlsx.of(BUDGET);
    assertThat(codes(reader.read(Arrays.copyOf(good, good.length / 2), "cut.xlsx")))
        .containsExactly(OfficePackages.CORRUPT);
    assertThat(codes(reader.read(TestZips.encrypt(good, "pw"), "locked.xlsx")))
        .containsExactly(OfficePackages.ENCRYPTED);
    assertThat(codes(reader.read(TestZips.claimSize(good, 4_000_000_000L), "liar.xlsx")))
        .containsExactly(OfficePackages.BOMB);
    byte[] noise = new byte[2048];
    new java.util.Random(3).nextBytes(noise);
    assertThat(codes(reader.read(noise, "noise.xls"))).containsExactly(OfficePackages.CORRUPT);
  }

  private static List<String> codes(Layout l) {
    assertThat(l.isEmpty()).isTrue();
    return l.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
