package org.gongkai.read.catalogue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads every sheet of an XLSX or XLS workbook into a {@link Grid}: each cell's displayed text and
 * its style indentation (the Ministry's lists indent 款 and 项 names by style as often as by spaces).
 */
final class WorkbookGridReader {

  private WorkbookGridReader() {}

  /**
   * @throws IOException when the bytes are not a workbook POI can open
   */
  static List<Grid> read(byte[] bytes, int maxRows) throws IOException {
    List<Grid> out = new ArrayList<>();
    DataFormatter format = new DataFormatter();
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      int budget = maxRows;
      for (Sheet sheet : wb) {
        List<List<Grid.Cell>> rows = new ArrayList<>();
        int last = Math.min(sheet.getLastRowNum(), budget - 1);
        for (int r = 0; r <= last; r++) {
          rows.add(row(sheet.getRow(r), format));
        }
        budget -= rows.size();
        boolean truncated = last < sheet.getLastRowNum();
        out.add(new Grid(sheet.getSheetName(), true, rows, truncated));
        if (budget <= 0) {
          break;
        }
      }
    }
    return out;
  }

  private static List<Grid.Cell> row(Row row, DataFormatter format) {
    List<Grid.Cell> cells = new ArrayList<>();
    if (row == null) {
      return cells;
    }
    for (int c = 0; c < row.getLastCellNum(); c++) {
      Cell cell = row.getCell(c);
      if (cell == null) {
        cells.add(Grid.Cell.EMPTY);
      } else {
        cells.add(new Grid.Cell(text(cell, format), cell.getCellStyle().getIndention()));
      }
    }
    return cells;
  }

  private static String text(Cell cell, DataFormatter format) {
    boolean formula = cell.getCellType() == CellType.FORMULA;
    CellType type = formula ? cell.getCachedFormulaResultType() : cell.getCellType();
    return switch (type) {
      case NUMERIC -> formula ? plain(cell.getNumericCellValue()) : number(cell, format);
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
      default -> formula ? "" : format.formatCellValue(cell);
    };
  }

  /** A code stored as a number must not come out as "2.01E+06" or "2,010,301". */
  private static String number(Cell cell, DataFormatter format) {
    String shown = format.formatCellValue(cell);
    return shown.matches("\\d+") ? shown : plain(cell.getNumericCellValue());
  }

  private static String plain(double value) {
    BigDecimal v = BigDecimal.valueOf(value).stripTrailingZeros();
    return v.scale() <= 0 ? v.toPlainString() : v.toString();
  }
}
