package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {

  private static final Path DEMO = Path.of("../examples/text/demo-unit-budget-2025.txt");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Gongkai.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void summaryNamesTheUnitTheLayoutAndEveryTable() {
    Run r = run("parse", DEMO.toString());
    assertThat(r.out())
        .contains("雪岭县商务和工业信息化局", "xinjiang-unit-budget", "GBK")
        .contains("表1 单位收支总体情况表", "表10 财政拨款“三公”经费支出情况表（元）");
    // The demo's lost-blank rows are placed by inference, which the summary reports as warnings.
    assertThat(r.out()).contains("按合计关系推定");
    assertThat(r.code()).isEqualTo(ExitCode.PROBLEMS);
  }

  @Test
  void cellsAreTheTidyCsvWithItsExactHeader() {
    Run r = run("parse", DEMO.toString(), "--format", "cells");
    String[] lines = r.out().split("\r?\n");
    assertThat(lines[0]).isEqualTo("table,row_code,row_name,column,value");
    assertThat(lines).hasSizeGreaterThan(300);
    assertThat(r.out()).doesNotContain("1,8"); // no thousands separators in values
  }

  @Test
  void jsonHoldsTheModelWithBlankCellsAsNull(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("demo.json");
    Run r = run("parse", DEMO.toString(), "--format", "json", "--out", out.toString());
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(json).contains("\"unitName\" : \"雪岭县商务和工业信息化局\"", "\"kind\" : \"BLANK\"");
    assertThat(json).contains("\"number\" : null").doesNotContain("\"blank\"");
    assertThat(r.err()).contains("已写入");
  }

  @Test
  void anEmptyFileIsUnreadableWithExitTwoAndNoStackTrace(@TempDir Path dir) throws Exception {
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Run r = run("parse", empty.toString());
    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.out() + r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsUnreadable() {
    Run r = run("parse", "no-such-file.txt");
    assertThat(r.code()).isEqualTo(ExitCode.UNREADABLE);
    assertThat(r.err()).contains("no-such-file.txt");
  }

  @Test
  void aWrongOptionIsAUsageError() {
    Run r = run("parse", DEMO.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("gongkai parse --help");
  }

  @Test
  void gbkBytesDecodeToTheSameCellsAsUtf8(@TempDir Path dir) throws Exception {
    String text = new String(Files.readAllBytes(DEMO), Charset.forName("GBK"));
    Path utf8 = dir.resolve("demo-utf8.txt");
    Files.writeString(utf8, text, StandardCharsets.UTF_8);
    assertThat(run("parse", utf8.toString(), "--format", "cells").out())
        .isEqualTo(run("parse", DEMO.toString(), "--format", "cells").out());
  }
}
