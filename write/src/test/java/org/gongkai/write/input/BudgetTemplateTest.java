package org.gongkai.write.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.write.BudgetWriter;
import org.gongkai.write.format.TextWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetTemplateTest {

  private static final List<String> CODES = List.of("2010301", "2010350");
  private static final List<String> ECONOMIC = List.of("30101", "30201");

  private static BudgetData example(String name) throws Exception {
    return BudgetDataReader.read(Path.of("..", "examples", "data", name + ".yaml"));
  }

  private static byte[] template(BudgetData data) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BudgetTemplate.write(out, CODES, ECONOMIC, data);
    return out.toByteArray();
  }

  private static String text(BudgetData d) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TextWriter().write(BudgetWriter.shipped().write(d, "x"), out);
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"kizilsu-government-office-2024", "dongbin-commerce-commission-2025"})
  void aFilledWorkbookReadsBackToTheSameDisclosure(String name) throws Exception {
    BudgetData original = example(name);
    BudgetData back = BudgetTemplate.read(new ByteArrayInputStream(template(original)), "t.xlsx");
    assertThat(text(back)).isEqualTo(text(original));
  }

  @Test
  void theEmptyTemplateHasASheetPerPartWithDropDowns() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(null)))) {
      assertThat(wb.getSheet("单位信息")).isNotNull();
      assertThat(wb.getSheet("绩效指标")).isNotNull();
      Sheet items = wb.getSheet("明细");
      assertThat(items.getDataValidations()).hasSizeGreaterThanOrEqualTo(6);
      assertThat(wb.isSheetHidden(wb.getSheetIndex(TemplateSheets.LISTS))).isTrue();
      assertThat(wb.getName("list_8").getRefersToFormula()).contains("$I$1:$I$2");
    }
  }

  @Test
  void aWrongCellIsNamedBySheetAndCell() throws Exception {
    byte[] bytes = template(example("kizilsu-government-office-2024"));
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      wb.getSheet("明细").getRow(3).getCell(2).setCellValue("不存在的来源");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    byte[] broken = bytes;
    assertThatThrownBy(() -> BudgetTemplate.read(new ByteArrayInputStream(broken), "t.xlsx"))
        .isInstanceOf(InvalidBudgetDataException.class)
        .satisfies(
            e ->
                assertThat(((InvalidBudgetDataException) e).problems())
                    .extracting(InputProblem::path)
                    .containsExactly("明细!C4"));
  }
}
