package org.gongkai.check.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.check.Finding;
import org.gongkai.check.Location;
import org.gongkai.check.Messages;
import org.gongkai.check.Report;

/** One row per finding, a bold frozen header row and an autofilter: for reviewers who use Excel. */
public final class XlsxReportWriter implements ReportWriter {

  private static final List<String> HEADERS =
      List.of(
          "xlsx.no",
          "xlsx.severity",
          "xlsx.rule",
          "xlsx.title",
          "xlsx.part",
          "xlsx.location",
          "xlsx.table",
          "xlsx.row",
          "xlsx.code",
          "xlsx.name",
          "xlsx.column",
          "xlsx.line",
          "xlsx.message",
          "xlsx.expected",
          "xlsx.actual");

  @Override
  public void write(Report r, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      XSSFSheet sheet = wb.createSheet(Messages.text("xlsx.sheet"));
      CellStyle bold = wb.createCellStyle();
      Font font = wb.createFont();
      font.setBold(true);
      bold.setFont(font);
      XSSFRow header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        var c = header.createCell(i);
        c.setCellValue(Messages.text(HEADERS.get(i)));
        c.setCellStyle(bold);
      }
      int n = 0;
      for (Finding f : r.findings()) {
        row(sheet.createRow(++n), n, f);
      }
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(n, 1), 0, HEADERS.size() - 1));
      int[] widths = {6, 8, 10, 30, 12, 60, 6, 6, 10, 30, 16, 8, 80, 20, 20};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      wb.write(out);
    }
    out.flush();
  }

  private static void row(XSSFRow row, int n, Finding f) {
    Location l = f.location();
    row.createCell(0).setCellValue(n);
    row.createCell(1).setCellValue(f.severity().label());
    row.createCell(2).setCellValue(f.rule());
    row.createCell(3).setCellValue(Grouping.title(f.rule()));
    row.createCell(4).setCellValue(l.part().label());
    row.createCell(5).setCellValue(l.describe());
    if (l.tableNumber() >= 0) {
      row.createCell(6).setCellValue(l.tableNumber());
    }
    if (l.row() >= 0) {
      row.createCell(7).setCellValue(l.row() + 1);
    }
    row.createCell(8).setCellValue(l.rowCode());
    row.createCell(9).setCellValue(l.rowName());
    row.createCell(10).setCellValue(l.column());
    if (l.source().line() > 0) {
      row.createCell(11).setCellValue(l.source().line());
    }
    row.createCell(12).setCellValue(f.message());
    row.createCell(13).setCellValue(f.expected());
    row.createCell(14).setCellValue(f.actual());
  }
}
