package org.gongkai.write.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.RegionUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.WrittenDisclosure;

/**
 * The tables as a workbook: one sheet per table in the layout's order (then one per performance
 * sheet), title and unit above, header cells merged as published, figures stored as numbers
 * formatted #,##0.00 (a blank cell stays empty).
 */
public final class XlsxWriter implements FormatWriter {

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      for (Document.Block b : disclosure.document().blocks()) {
        if (b instanceof Document.TableBlock t) {
          table(wb, styles, t);
        } else if (b instanceof Document.SheetBlock s) {
          sheet(wb, styles, s.sheet());
        }
      }
      wb.write(out);
    }
  }

  private static void table(XSSFWorkbook wb, Styles st, Document.TableBlock block) {
    Table t = block.table();
    Sheet sheet = wb.createSheet(WriteMessages.format("doc.tableNumber", t.number()));
    int width = t.columns().size();
    int r = 0;
    text(sheet, r, 0, t.title(), st.title);
    merge(sheet, r, r, 0, width - 1);
    r++;
    text(sheet, r, 0, block.preparerLabel() + "：" + t.preparer(), st.plain);
    text(sheet, r, width - 1, WriteMessages.format("doc.unit", t.unit().label()), st.plain);
    r++;
    HeaderGrid header = HeaderGrid.of(t);
    for (int h = 0; h < header.depth(); h++) {
      for (int c = 0; c < width; c++) {
        text(sheet, r + h, c, "", st.header);
      }
    }
    for (HeaderGrid.Cell c : header.cells()) {
      text(sheet, r + c.row(), c.column(), c.text(), st.header);
      if (c.rowSpan() > 1 || c.columnSpan() > 1) {
        merge(
            sheet,
            r + c.row(),
            r + c.row() + c.rowSpan() - 1,
            c.column(),
            c.column() + c.columnSpan() - 1);
      }
    }
    r += header.depth();
    for (Row row : t.rows()) {
      org.apache.poi.ss.usermodel.Row xr = sheet.createRow(r++);
      for (Column c : t.columns()) {
        Cell cell = row.cell(c.index());
        org.apache.poi.ss.usermodel.Cell xc = xr.createCell(c.index());
        if (cell.isNumber()) {
          xc.setCellValue(cell.number().doubleValue());
          xc.setCellStyle(st.number);
        } else {
          xc.setCellValue(cell.printed());
          xc.setCellStyle(c.role().isStub() ? st.stub : st.number);
        }
      }
    }
    for (TableNote n : t.notes()) {
      text(sheet, r, 0, WriteMessages.format("doc.note", n.text()), st.plain);
      merge(sheet, r, r, 0, width - 1);
      r++;
    }
    for (Column c : t.columns()) {
      sheet.setColumnWidth(
          c.index(), c.role().isStub() ? (c.header().length() <= 1 ? 1800 : 9000) : 4600);
    }
  }

  private static void sheet(XSSFWorkbook wb, Styles st, PerformanceTargets s) {
    String name = WriteMessages.format("sheet.title");
    Sheet sheet = wb.createSheet(safeName(wb, s.project()));
    int r = 0;
    text(sheet, r, 0, name, st.title);
    merge(sheet, r, r, 0, SheetLayout.COLUMNS - 1);
    r++;
    r = fields(sheet, st, r, SheetLayout.header(s));
    for (List<String> row : SheetLayout.headerRows(s)) {
      r = fields(sheet, st, r, row);
    }
    for (int c = 0; c < SheetLayout.COLUMNS; c++) {
      text(sheet, r, c, SheetLayout.INDICATOR_HEADERS.get(c), st.header);
    }
    r++;
    for (String[] row : SheetLayout.indicatorRows(s.indicators())) {
      for (int c = 0; c < row.length; c++) {
        text(sheet, r, c, row[c], st.stub);
      }
      r++;
    }
    for (int c = 0; c < SheetLayout.COLUMNS; c++) {
      sheet.setColumnWidth(c, c == 2 ? 9000 : 4200);
    }
  }

  private static int fields(Sheet sheet, Styles st, int r, List<String> fields) {
    int i = 0;
    while (i < fields.size()) {
      int span = 1;
      while (i + span < fields.size() && fields.get(i + span).isEmpty()) {
        span++;
      }
      text(sheet, r, i, fields.get(i), i == 0 ? st.header : st.stub);
      if (span > 1) {
        merge(sheet, r, r, i, i + span - 1);
      }
      i += span;
    }
    return r + 1;
  }

  private static String safeName(XSSFWorkbook wb, String project) {
    String base = project.replaceAll("[\\\\/?*\\[\\]:]", "").strip();
    base = base.length() > 25 ? base.substring(0, 25) : base;
    String name = base.isEmpty() ? "绩效目标" : base;
    int n = 2;
    while (wb.getSheet(name) != null) {
      name = base + "(" + n++ + ")";
    }
    return name;
  }

  private static void text(Sheet sheet, int r, int c, String value, CellStyle style) {
    org.apache.poi.ss.usermodel.Row row =
        sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    org.apache.poi.ss.usermodel.Cell cell =
        row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
    cell.setCellValue(value);
    cell.setCellStyle(style);
  }

  private static void merge(Sheet sheet, int r1, int r2, int c1, int c2) {
    if (r1 == r2 && c1 == c2) {
      return;
    }
    CellRangeAddress range = new CellRangeAddress(r1, r2, c1, c2);
    sheet.addMergedRegion(range);
    RegionUtil.setBorderBottom(BorderStyle.THIN, range, sheet);
    RegionUtil.setBorderRight(BorderStyle.THIN, range, sheet);
  }

  /** The workbook's cell styles. */
  private static final class Styles {
    final CellStyle title;
    final CellStyle plain;
    final CellStyle header;
    final CellStyle stub;
    final CellStyle number;

    Styles(XSSFWorkbook wb) {
      Font bold = wb.createFont();
      bold.setBold(true);
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      title.setAlignment(HorizontalAlignment.CENTER);
      plain = wb.createCellStyle();
      header = bordered(wb);
      header.setFont(bold);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setWrapText(true);
      stub = bordered(wb);
      stub.setWrapText(true);
      number = bordered(wb);
      number.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
      number.setAlignment(HorizontalAlignment.RIGHT);
    }

    private static CellStyle bordered(XSSFWorkbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      return s;
    }
  }
}
