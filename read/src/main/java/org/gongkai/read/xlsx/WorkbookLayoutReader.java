package org.gongkai.read.xlsx;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.LayoutReader;
import org.gongkai.read.layout.ReadLimits;
import org.gongkai.read.office.OfficePackages;

/**
 * Reads an Excel workbook (XLSX, XLSM or the binary XLS) into a layout with Apache POI, sheet by
 * sheet in order. A sheet holds one grid or several: rows that carry borders or several values make
 * a grid, a blank borderless row ends it, and a lone borderless line (a title, the unit) is a
 * paragraph or, set in a larger font, a heading. Numbers are given as the sheet prints them (its
 * number format applied), formulas by their cached values (nothing is recalculated), merged regions
 * as spans; hidden sheets, rows and columns are not printed and not read. Macros are never run: a
 * workbook that has them is read for its values and says so.
 *
 * <p>Sources are {@code Sheet!C5} cell references. Damaged, encrypted or inflating files are
 * diagnostics, never exceptions. Stateless and thread-safe.
 */
public final class WorkbookLayoutReader implements LayoutReader {

  private final ReadLimits limits;

  public WorkbookLayoutReader() {
    this(ReadLimits.DEFAULT);
  }

  public WorkbookLayoutReader(ReadLimits limits) {
    this.limits = limits;
  }

  @Override
  public Layout read(byte[] bytes, String fileName) {
    Diagnostics diags = new Diagnostics(limits.maxDiagnostics());
    if (bytes.length == 0) {
      diags.add(Severity.ERROR, OfficePackages.EMPTY, SourceRef.NONE, fileName);
      return new Layout(List.of(), diags.toList());
    }
    if (!OfficePackages.isOle2(bytes)) {
      Diagnostic bomb = OfficePackages.checkZip(bytes, fileName, limits);
      if (bomb != null) {
        diags.add(bomb);
        return new Layout(List.of(), diags.toList());
      }
    }
    try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
      if (hasMacros(wb)) {
        diags.add(Severity.WARNING, SheetCodes.MACROS, SourceRef.NONE, fileName);
      }
      return new Layout(sheets(wb, diags), diags.toList());
    } catch (Exception | StackOverflowError e) {
      // POI reports damaged files with many checked and unchecked exceptions; all mean the same
      // to a reader: not a usable workbook.
      diags.add(OfficePackages.failure(e, fileName));
      return new Layout(List.of(), diags.toList());
    }
  }

  private List<Block> sheets(Workbook wb, Diagnostics diags) {
    List<Block> blocks = new ArrayList<>();
    SheetCells cells = new SheetCells(wb);
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      String name = wb.getSheetName(i);
      if (wb.isSheetHidden(i) || wb.isSheetVeryHidden(i)) {
        diags.add(Severity.INFO, SheetCodes.HIDDEN_SHEET, SourceRef.page(0, name), name);
        continue;
      }
      blocks.addAll(new SheetBlocks(wb.getSheetAt(i), cells, limits, diags).read());
    }
    return blocks;
  }

  private static boolean hasMacros(Workbook wb) {
    if (wb instanceof XSSFWorkbook x) {
      return x.isMacroEnabled();
    }
    if (wb instanceof HSSFWorkbook h) {
      return h.getDirectory().hasEntryCaseInsensitive("_VBA_PROJECT_CUR")
          || h.getDirectory().hasEntryCaseInsensitive("Macros");
    }
    return false;
  }
}
