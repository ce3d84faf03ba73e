package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  private static final Path DEMO = Path.of("../examples/text/demo-unit-budget-2025.txt");

  @Test
  void theBundledExampleChecksWithoutErrors() {
    ParseCommandTest.Run r = ParseCommandTest.run("check", DEMO.toString());
    assertThat(r.out()).contains("雪岭县商务和工业信息化局", "错误 0 · 警告 0");
    assertThat(r.code()).isEqualTo(ExitCode.OK);
  }

  @Test
  void aChangedCellIsAnErrorWithItsPlaceAndExitOne(@TempDir Path dir) throws Exception {
    byte[] bytes = Files.readAllBytes(DEMO);
    String text = new String(bytes, "GBK");
    // Change one figure of 表6 (a 款 of 工资福利支出) so that its class no longer adds up.
    int at = text.indexOf("301\t01\t");
    assertThat(at).isPositive();
    int lineEnd = text.indexOf('\n', at);
    String line = text.substring(at, lineEnd);
    String changed = line.replaceFirst("\t(\\d+)\\.(\\d\\d)", "\t9$1.$2");
    Path broken = dir.resolve("broken.txt");
    Files.write(
        broken, (text.substring(0, at) + changed + text.substring(lineEnd)).getBytes("GBK"));
    ParseCommandTest.Run r = ParseCommandTest.run("check", broken.toString());
    assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(r.out()).contains("错误", "表6", "30101");
  }

  @Test
  void xlsxReportHasOneRowPerFinding(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("r.xlsx");
    ParseCommandTest.Run r =
        ParseCommandTest.run("check", DEMO.toString(), "-f", "xlsx", "-o", out.toString());
    assertThat(r.code()).isEqualTo(ExitCode.OK);
    try (var wb = new XSSFWorkbook(Files.newInputStream(out))) {
      assertThat(wb.getNumberOfSheets()).isPositive();
    }
  }

  @Test
  void aFolderIsCheckedInBatchWithASummaryByUnit(@TempDir Path dir) throws Exception {
    Files.copy(DEMO, dir.resolve("a.txt"));
    Files.copy(DEMO, dir.resolve("b.txt"));
    Files.writeString(dir.resolve("junk.txt"), "这不是预算公开文件。\n");
    Path reports = dir.resolve("reports");
    ParseCommandTest.Run r =
        ParseCommandTest.run(
            "check", dir.toString(), "-f", "json", "-o", reports.toString(), "--threads", "2");
    assertThat(r.out()).contains("雪岭县商务和工业信息化局", "共 3 个文件：已检查 2 个，无法读取 1 个");
    assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS);
    assertThat(Files.readString(reports.resolve("a.txt.check.json"))).contains("\"findings\"");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertThat(ParseCommandTest.run("check", DEMO.toString(), "-f", "pdf").code())
        .isEqualTo(ExitCode.USAGE);
  }
}
