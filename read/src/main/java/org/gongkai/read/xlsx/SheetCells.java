package org.gongkai.read.xlsx;

import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.gongkai.read.format.WrappedText;

/**
 * A cell's text as the sheet prints it: its number format applied (1807.53 in {@code #,##0.00}
 * reads 1,807.53), a formula by its cached value (the workbook is never recalculated, so what was
 * saved is what is read), lines of a wrapped cell joined as in every other format. One per read
 * ({@link DataFormatter} is not thread-safe).
 */
final class SheetCells {

  private final Workbook wb;
  private final DataFormatter formatter = new DataFormatter(Locale.ROOT);
  private final short defaultHeight;

  SheetCells(Workbook wb) {
    this.wb = wb;
    this.defaultHeight = wb.getNumberOfFonts() > 0 ? wb.getFontAt(0).getFontHeight() : 220;
  }

  String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    String raw;
    try {
      raw = cell.getCellType() == CellType.FORMULA ? cached(cell) : formatter.formatCellValue(cell);
    } catch (RuntimeException e) {
      // A number format POI cannot parse: fall back to the plain value rather than lose it.
      raw = plain(cell);
    }
    if (raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) {
      return raw.strip();
    }
    StringBuilder sb = new StringBuilder();
    for (String line : raw.split("\\R")) {
      WrappedText.appendLine(sb, line);
    }
    return sb.toString();
  }

  private String cached(Cell cell) {
    CellStyle style = cell.getCellStyle();
    return switch (cell.getCachedFormulaResultType()) {
      case NUMERIC ->
          formatter.formatRawCellContents(
              cell.getNumericCellValue(), style.getDataFormat(), style.getDataFormatString());
      case STRING -> cell.getRichStringCellValue().getString();
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
      default -> "";
    };
  }

  private static String plain(Cell cell) {
    CellType t =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (t) {
      case NUMERIC -> String.valueOf(cell.getNumericCellValue());
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
  }

  /** Whether any side of the cell has a border drawn. */
  static boolean bordered(Cell cell) {
    if (cell == null) {
      return false;
    }
    CellStyle s = cell.getCellStyle();
    return s.getBorderTop() != BorderStyle.NONE
        || s.getBorderBottom() != BorderStyle.NONE
        || s.getBorderLeft() != BorderStyle.NONE
        || s.getBorderRight() != BorderStyle.NONE;
  }

  /** Whether the cell is set clearly larger than the workbook's default font (a title). */
  boolean large(Cell cell) {
    if (cell == null) {
      return false;
    }
    short h = wb.getFontAt(cell.getCellStyle().getFontIndex()).getFontHeight();
    return h >= defaultHeight * 1.2;
  }
}
