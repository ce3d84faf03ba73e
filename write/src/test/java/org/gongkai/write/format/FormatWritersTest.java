package org.gongkai.write.format;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.gongkai.write.BudgetWriter;
import org.gongkai.write.WrittenDisclosure;
import org.gongkai.write.input.BudgetDataReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each writer produces a file its format's own library opens, with the document in it. */
class FormatWritersTest {

  private static final String UNIT = "天山北麓县城市管理局";
  private static WrittenDisclosure written;

  @BeforeAll
  static void write() throws Exception {
    Path data = Path.of("..", "examples", "data", "tianshan-county-urban-management-2025.yaml");
    written = BudgetWriter.shipped().write(BudgetDataReader.read(data), data.toString());
  }

  private static byte[] bytes(OutputFormat f) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writer().write(written, out);
    return out.toByteArray();
  }

  @Test
  void pdfTextExtractsWithTheChineseIntact() throws Exception {
    try (PDDocument pdf = Loader.loadPDF(bytes(OutputFormat.PDF))) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(pdf.getNumberOfPages()).isGreaterThan(10);
      assertThat(text).contains(UNIT).contains("一般公共预算支出情况表").contains("1,508.54");
    }
  }

  @Test
  void xlsxHasOneSheetPerTableWithNumbersStoredAsNumbers() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(OutputFormat.XLSX)))) {
      assertThat(wb.getSheet("表1")).isNotNull();
      assertThat(wb.getSheet("表10")).isNotNull();
      Sheet t3 = wb.getSheet("表3");
      assertThat(t3.getNumMergedRegions()).isGreaterThan(1);
      var total = t3.getRow(t3.getLastRowNum()).getCell(4);
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getNumericCellValue()).isEqualTo(1508.54);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
    }
  }

  @Test
  void docxOpensWithHeadingsTablesAndNarrative() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(OutputFormat.DOCX)));
        XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
      assertThat(doc.getTables()).hasSizeGreaterThanOrEqualTo(10);
      assertThat(text.getText()).contains(UNIT).contains("名词解释").contains("主要原因是");
    }
  }

  @Test
  void htmlIsWellFormedWithSpanningHeaders() throws Exception {
    byte[] html = bytes(OutputFormat.HTML);
    var doc =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(html));
    assertThat(doc.getElementsByTagName("table").getLength()).isGreaterThanOrEqualTo(10);
    String s = new String(html, StandardCharsets.UTF_8);
    assertThat(s).contains("rowspan=\"2\"").contains("colspan=\"3\"").contains("@page");
  }

  @Test
  void jsonIsTheModelWithTypedClaims() throws Exception {
    JsonNode root = new ObjectMapper().readTree(bytes(OutputFormat.JSON));
    assertThat(root.path("metadata").path("unitName").asText()).isEqualTo(UNIT);
    assertThat(root.path("tables")).hasSize(10);
    assertThat(root.path("claims").size()).isGreaterThan(50);
    assertThat(root.path("claims").get(0).path("type").asText()).endsWith("Claim");
  }

  @Test
  void textHasTabSeparatedRowsEveryCellInItsColumn() throws Exception {
    String text = new String(bytes(OutputFormat.TEXT), StandardCharsets.UTF_8);
    String totalRow =
        text.lines().filter(l -> l.startsWith("\t\t\t合计\t1,508.54")).findFirst().orElseThrow();
    // 表2 comes first: code (3), name, 总计 and ten fund-source columns, blanks kept as empty fields.
    assertThat(totalRow.split("\t", -1)).hasSize(15);
  }
}
