package org.gongkai.read.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks laid out the ways the Ministry of Finance and provinces publish the catalogue. */
class WorkbookImportTest {

  @TempDir Path dir;

  private Path save(Workbook wb, String name) throws IOException {
    Path f = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(f);
        wb) {
      wb.write(out);
    }
    return f;
  }

  /** Sets a row's cells; a Number is stored as a numeric cell, like codes often are. */
  private static Row row(Sheet s, int r, Object... cells) {
    Row row = s.createRow(r);
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] instanceof Number n) {
        row.createCell(c).setCellValue(n.doubleValue());
      } else if (cells[c] != null) {
        row.createCell(c).setCellValue((String) cells[c]);
      }
    }
    return row;
  }

  @Test
  void codeLengthStyleWithTitleRowsAndNumericCodes() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("支出功能分类科目");
    row(s, 0, "2024年政府收支分类科目");
    row(s, 1, "单位：无");
    row(s, 2, "科目编码", "科目名称", "说明");
    row(s, 3, 201, "一般公共服务支出", "反映政府提供一般公共服务的支出。");
    row(s, 4, 20101, "人大事务", "");
    row(s, 5, 2010101, "行政运行", "");
    row(s, 6, "2010102", "一般行政管理事务");
    row(s, 7, null, "合计");
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xlsx"));
    assertThat(CsvImportTest.names(p))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "201", "一般公共服务支出",
                "20101", "人大事务",
                "2010101", "行政运行",
                "2010102", "一般行政管理事务"));
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void indentationByLeadingSpacesPlacesLocalCodes() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("功能分类");
    row(s, 0, "编码", "名称");
    row(s, 1, "201", "一般公共服务支出");
    row(s, 2, "01", "  人大事务");
    row(s, 3, "01", "    行政运行");
    row(s, 4, "02", "    一般行政管理事务");
    row(s, 5, "03", "  政府办公厅（室）及相关机构事务");
    row(s, 6, "01", "\u3000\u3000行政运行");
    row(s, 7, "204", "公共安全支出");
    row(s, 8, "10", "  缉私警察");
    row(s, 9, "99", "    其他缉私警察支出");
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xlsx"));
    assertThat(CsvImportTest.names(p))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "201", "一般公共服务支出",
                "20101", "人大事务",
                "2010101", "行政运行",
                "2010102", "一般行政管理事务",
                "20103", "政府办公厅（室）及相关机构事务",
                "2010301", "行政运行",
                "204", "公共安全支出",
                "20410", "缉私警察",
                "2041099", "其他缉私警察支出"));
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void indentationByCellStyleInAnOldXlsWorkbook() throws IOException {
    HSSFWorkbook wb = new HSSFWorkbook();
    CellStyle[] indent = new CellStyle[3];
    for (short i = 0; i < 3; i++) {
      indent[i] = wb.createCellStyle();
      indent[i].setIndention(i);
    }
    Sheet s = wb.createSheet("经济分类");
    row(s, 0, "科目代码", "科目名称");
    Object[][] rows = {
      {301, "工资福利支出", 0}, {1, "基本工资", 1}, {2, "津贴补贴", 1}, {302, "商品和服务支出", 0}, {1, "办公费", 1}
    };
    for (int r = 0; r < rows.length; r++) {
      Row row = row(s, r + 1, rows[r][0], rows[r][1]);
      row.getCell(1).setCellStyle(indent[(Integer) rows[r][2]]);
    }
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xls"));
    assertThat(CsvImportTest.names(p))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "301", "工资福利支出",
                "30101", "基本工资",
                "30102", "津贴补贴",
                "302", "商品和服务支出",
                "30201", "办公费"));
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void localCodeWithoutIndentationIsReportedNotGuessed() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("功能分类");
    row(s, 0, "编码", "名称");
    row(s, 1, "201", "一般公共服务支出");
    row(s, 2, "01", "人大事务");
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xlsx"));
    assertThat(p.problems(ImportProblem.Kind.UNPLACEABLE))
        .singleElement()
        .extracting(ImportProblem::message)
        .asString()
        .startsWith("工作表“功能分类”第3行：编码“01”只有两位");
    assertThat(CsvImportTest.names(p)).containsOnlyKeys("201");
  }

  @Test
  void separateClassSectionItemColumnsUnderAMergedHeader() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    Sheet s = wb.createSheet("2024");
    row(s, 0, "科目编码", null, null, "科目名称");
    s.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
    row(s, 1, "类", "款", "项");
    row(s, 2, 201, null, null, "一般公共服务支出");
    row(s, 3, null, 3, null, "政府办公厅（室）及相关机构事务"); // 款 as the number 3
    row(s, 4, null, null, "01", "行政运行");
    row(s, 5, null, null, 50, "事业运行");
    row(s, 6, "类", "款", "项", "科目名称"); // header repeated down the sheet
    row(s, 7, 208, "05", "05", "机关事业单位基本养老保险缴费支出"); // parts repeated in full
    row(s, 8, null, null, "06", "项无款");
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xlsx"));
    assertThat(CsvImportTest.names(p))
        .containsEntry("201", "一般公共服务支出")
        .containsEntry("20103", "政府办公厅（室）及相关机构事务")
        .containsEntry("2010301", "行政运行")
        .containsEntry("2010350", "事业运行")
        .containsEntry("2080505", "机关事业单位基本养老保险缴费支出")
        .containsEntry("2080506", "项无款");
    // 2080505 came with its parts in full, so its 款 20805 and 类 208 are not in the list
    assertThat(p.problems(ImportProblem.Kind.ORPHAN))
        .extracting(ImportProblem::message)
        .containsExactly(
            "工作表“2024”第8行：2080505 机关事业单位基本养老保险缴费支出 的上级款 20805 不在导入的目录中（该行已导入，请核对）。",
            "工作表“2024”第9行：2080506 项无款 的上级款 20805 不在导入的目录中（该行已导入，请核对）。");
    assertThat(p.problems()).hasSize(2);
  }

  @Test
  void everySheetIsReadAndASheetWithoutCodesIsReported() throws IOException {
    XSSFWorkbook wb = new XSSFWorkbook();
    row(wb.createSheet("说明"), 0, "本文件为政府收支分类科目");
    Sheet f = wb.createSheet("支出功能分类");
    row(f, 0, "科目编码", "科目名称");
    row(f, 1, 201, "一般公共服务支出");
    Sheet e = wb.createSheet("支出经济分类");
    row(e, 0, "科目编码", "科目名称");
    row(e, 1, 301, "工资福利支出");
    row(e, 2, 501, "机关工资福利支出");
    Sheet r = wb.createSheet("收入分类");
    row(r, 0, "科目编码", "科目名称");
    row(r, 1, 101, "税收收入");
    ParsedCatalogue p = CatalogueImporter.parse(save(wb, "list.xlsx"));
    assertThat(CsvImportTest.names(p)).containsOnlyKeys("201", "301", "501");
    assertThat(p.revenueRows()).isEqualTo(1);
    assertThat(p.problems(ImportProblem.Kind.NO_LAYOUT))
        .singleElement()
        .extracting(ImportProblem::message)
        .asString()
        .startsWith("工作表“说明”：");
  }
}
