package org.gongkai.read.xlsx;

import java.io.ByteArrayOutputStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.gongkai.read.format.Mutations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutants of a generated XLSX and XLS: none may throw or hang. Seeds are fixed. */
class WorkbookFuzzTest {

  private static final WorkbookLayoutReader READER = new WorkbookLayoutReader();
  private static final byte[] XLSX = Xlsx.of(WorkbookLayoutReaderTest.BUDGET);
  private static final byte[] XLS = xls();
  private static int tried;

  private static byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      var sh = wb.createSheet("表1");
      for (int r = 0; r < 20; r++) {
        var row = sh.createRow(r);
        row.createCell(0).setCellValue("科目" + r);
        row.createCell(1).setCellValue(r * 1.5);
        row.createCell(2).setCellFormula("B" + (r + 1) + "*2");
      }
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      wb.write(b);
      return b.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 30).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void xlsxMutants(long seed) {
    Mutations.check(READER, Mutations.mutate(XLSX, seed), "fuzz-" + seed + ".xlsx");
    tried++;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void xlsMutants(long seed) {
    Mutations.check(READER, Mutations.mutate(XLS, seed), "fuzz-" + seed + ".xls");
    tried++;
  }

  @AfterAll
  static void report() {
    System.out.println("Workbook fuzz: " + tried + " mutants read, none threw or hung");
  }
}
