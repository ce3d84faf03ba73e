package org.gongkai.check.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.check.Checker;
import org.gongkai.check.Report;
import org.gongkai.check.TableBuilder;
import org.gongkai.check.TestCatalogue;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.ColumnRole;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

  private final Report report =
      Checker.standard(TestCatalogue.partial2024())
          .check(
              TestDisclosures.clean()
                  .table(
                      3,
                      t ->
                          TableBuilder.withCell(
                              t, TableBuilder.code("2010301"), ColumnRole.BASIC, "1,280.14"))
                  .table(
                      2,
                      t ->
                          TableBuilder.withCell(
                              t, TableBuilder.code("2041099"), ColumnRole.NAME, "其他<税私>警察支出"))
                  .build(),
              TestDisclosures.layout());

  private byte[] write(ReportFormat f, boolean colour) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writer(colour).write(report, out);
    return out.toByteArray();
  }

  @Test
  void theDamagedDocumentHasErrors() {
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(report.findings()).extracting(f -> f.rule()).contains("TBL-001", "CAT-003");
  }

  @Test
  void textIsChineseGroupedByPartAndColouredOnlyWhenAsked() throws IOException {
    String plain = new String(write(ReportFormat.TEXT, false), StandardCharsets.UTF_8);
    assertThat(plain).contains("检查报告").contains("【预算公开表】").contains("TBL-001").contains("错误");
    assertThat(plain).doesNotContain("\u001b[");
    String coloured = new String(write(ReportFormat.TEXT, true), StandardCharsets.UTF_8);
    assertThat(coloured).contains("\u001b[31;1m");
  }

  @Test
  void jsonFollowsTheDocumentedSchema() throws IOException {
    JsonNode root = new ObjectMapper().readTree(write(ReportFormat.JSON, false));
    assertThat(root.path("schema").asText()).isEqualTo(JsonReportWriter.SCHEMA);
    assertThat(root.path("summary").path("error").asInt())
        .isEqualTo(report.count(org.gongkai.check.Severity.ERROR));
    assertThat(root.path("summary").path("exitCode").asInt()).isEqualTo(1);
    JsonNode f = root.path("findings").get(0);
    for (String field :
        new String[] {"rule", "severity", "location", "message", "expected", "actual"}) {
      assertThat(f.has(field)).as(field).isTrue();
    }
    JsonNode tbl = null;
    for (JsonNode n : root.path("findings")) {
      if (n.path("rule").asText().equals("TBL-001")) {
        tbl = n;
      }
    }
    assertThat(tbl.path("location").path("table").asInt()).isEqualTo(3);
    assertThat(tbl.path("location").path("rowCode").asText()).isEqualTo("2010301");
    assertThat(tbl.path("location").path("column").asText()).isEqualTo("合计");
    assertThat(tbl.path("location").path("line").asInt()).isPositive();
    assertThat(root.path("coverage").size()).isEqualTo(report.coverage().size());
    assertThat(root.path("coverage").get(0).has("insufficientData")).isTrue();
  }

  @Test
  void htmlIsSelfContainedEscapedAndMarksTheCells() throws IOException {
    String html = new String(write(ReportFormat.HTML, false), StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("http");
    assertThat(html).contains("id=\"t3\"").contains("class=\"n error\"");
    assertThat(html).contains("其他&lt;税私&gt;警察支出").doesNotContain("其他<税私>");
  }

  @Test
  void xlsxHasAHeaderRowAndOneRowPerFinding() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(write(ReportFormat.XLSX, false)))) {
      XSSFSheet s = wb.getSheetAt(0);
      assertThat(s.getRow(0).getCell(2).getStringCellValue()).isEqualTo("规则");
      assertThat(s.getLastRowNum()).isEqualTo(report.findings().size());
      assertThat(s.getPaneInformation().isFreezePane()).isTrue();
      assertThat(s.getCTWorksheet().isSetAutoFilter()).isTrue();
    }
  }
}
