package org.gongkai.read.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.ClassificationCode;
import org.gongkai.model.catalogue.CodeLevel;
import org.gongkai.model.catalogue.EconomicCode;
import org.gongkai.model.catalogue.FunctionCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return write(name, text, StandardCharsets.UTF_8);
  }

  private Path write(String name, String text, Charset cs) throws IOException {
    Path f = dir.resolve(name);
    Files.write(f, text.getBytes(cs));
    return f;
  }

  static Map<String, String> names(ParsedCatalogue p) {
    return p.codes().entrySet().stream()
        .collect(Collectors.toMap(e -> e.getKey().digits(), Map.Entry::getValue));
  }

  @Test
  void readsOurOwnFormat() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write(
                "list.csv",
                "code,level,name,parent\n"
                    + "201,class,一般公共服务支出,\n"
                    + "20103,section,政府办公厅（室）及相关机构事务,201\n"
                    + "2010301,item,行政运行,20103\n"
                    + "301,class,工资福利支出,\n"
                    + "30101,section,基本工资,301\n"));
    assertThat(p.codes().keySet())
        .containsExactly(
            new FunctionCode("201"),
            new FunctionCode("20103"),
            new FunctionCode("2010301"),
            new EconomicCode("301"),
            new EconomicCode("30101"));
    assertThat(p.codes()).containsEntry(new FunctionCode("2010301"), "行政运行");
    assertThat(p.problems()).isEmpty();
    assertThat(p.count(Classification.FUNCTION, CodeLevel.ITEM)).isEqualTo(1);
    assertThat(p.count(Classification.DEPARTMENT_ECONOMIC)).isEqualTo(2);
  }

  @Test
  void statedLevelOrParentThatDisagreesWithTheCodeIsReportedAndTheCodeWins() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write(
                "list.csv",
                "code,level,name,parent\n"
                    + "201,class,一般公共服务支出,\n"
                    + "20103,item,政府办公厅（室）及相关机构事务,201\n"
                    + "2010301,item,行政运行,20104\n"));
    assertThat(p.problems(ImportProblem.Kind.LEVEL_MISMATCH)).hasSize(1);
    assertThat(p.problems(ImportProblem.Kind.LEVEL_MISMATCH).get(0).message())
        .isEqualTo("第3行：编码 20103 标注的级次“item”与编码位数不符（应为款），已按编码位数处理。");
    assertThat(p.problems(ImportProblem.Kind.PARENT_MISMATCH).get(0).message())
        .contains("第4行", "2010301", "20104", "20103");
    assertThat(p.codes()).hasSize(3);
  }

  @Test
  void readsPlainCodeAndNameColumnsInGbk() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write(
                "list.csv", "科目编码,科目名称\r\n201,一般公共服务支出\r\n20101,人大事务\r\n", Charset.forName("GBK")));
    assertThat(names(p)).containsEntry("201", "一般公共服务支出").containsEntry("20101", "人大事务");
  }

  @Test
  void readsAHeaderlessListAndQuotedNames() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write("list.csv", "201,一般公共服务支出\n20101,\"人大事务, 含逗号\"\n2010101,行政运行\n"));
    assertThat(names(p)).containsEntry("20101", "人大事务, 含逗号").hasSize(3);
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void readsTabSeparatedCombinedCodeAndName() throws IOException {
    ParsedCatalogue p = CatalogueImporter.parse(write("list.txt", "201 一般公共服务支出\n20101 人大事务\n"));
    assertThat(names(p)).containsEntry("201", "一般公共服务支出").containsEntry("20101", "人大事务");
  }

  @Test
  void orphansAreReportedAndKept() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write(
                "list.csv",
                "code,name\n201,一般公共服务支出\n20101,人大事务\n2010101,行政运行\n"
                    + "20404,检察\n2050101,行政运行\n"));
    assertThat(names(p)).containsKeys("20404", "2050101");
    assertThat(p.problems(ImportProblem.Kind.ORPHAN))
        .extracting(ImportProblem::message)
        .containsExactly(
            "第5行：20404 检察 的上级类 204 不在导入的目录中（该行已导入，请核对）。",
            "第6行：2050101 行政运行 的上级款 20501 不在导入的目录中（该行已导入，请核对）。");
  }

  @Test
  void completeTreeHasNoOrphans() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write("list.csv", "code,name\n201,一般公共服务支出\n20101,人大事务\n2010101,行政运行\n"));
    assertThat(p.problems(ImportProblem.Kind.ORPHAN)).isEmpty();
  }

  @Test
  void duplicatesWithDifferentNamesAreReportedAndTheFirstKept() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write(
                "list.csv",
                "code,name\n201,一般公共服务支出\n201,一般公共服务支出\n" + "20101,人大事务\n20101,人大事物\n"));
    assertThat(p.repeatedRows()).isEqualTo(1);
    assertThat(p.problems(ImportProblem.Kind.CONFLICTING_DUPLICATE))
        .singleElement()
        .extracting(ImportProblem::message)
        .isEqualTo("第5行：编码 20101 重复出现，名称“人大事物”与第4行的“人大事务”不同；保留先出现的“人大事务”。");
    assertThat(names(p)).containsEntry("20101", "人大事务");
  }

  @Test
  void malformedCodesAreReportedWithTheirRowAndReason() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write("list.csv", "code,name\n201,一般公共服务支出\n2011,错误\n20a01,错误\n401,错误\n20102,\n"));
    assertThat(p.problems(ImportProblem.Kind.BAD_CODE))
        .extracting(ImportProblem::message)
        .containsExactly(
            "第3行：“2011”不是有效的科目编码（位数不对：支出功能分类为 3、5、7 位，支出经济分类为 3、5 位），该行未导入。",
            "第4行：“20a01”不是有效的科目编码（编码只能由数字组成（类、款、项之间可以有空格）），该行未导入。",
            "第5行：“401”不是有效的科目编码（首位数字不属于支出功能分类（2）或支出经济分类（3、5）），该行未导入。");
    assertThat(p.problems(ImportProblem.Kind.NO_NAME)).hasSize(1);
    assertThat(names(p)).containsOnlyKeys("201");
  }

  @Test
  void revenueCodesAreCountedNotImported() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(
            write("list.csv", "code,name\n101,税收收入\n10101,增值税\n201,一般公共服务支出\n"));
    assertThat(p.revenueRows()).isEqualTo(2);
    assertThat(p.codes().keySet()).extracting(ClassificationCode::digits).containsExactly("201");
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void textRowsWithoutCodesAreSkippedSilently() throws IOException {
    ParsedCatalogue p =
        CatalogueImporter.parse(write("list.csv", "2024年政府收支分类科目\n科目编码,科目名称\n201,一般公共服务支出\n,合计\n"));
    assertThat(p.problems()).isEmpty();
    assertThat(p.rowsRead()).isEqualTo(1);
  }

  @Test
  void fileWithoutCodesIsUnreadable() throws IOException {
    Path f = write("notes.csv", "标题\n一些说明文字\n");
    assertThatThrownBy(() -> CatalogueImporter.parse(f))
        .isInstanceOfSatisfying(
            UnreadableCatalogueException.class,
            e -> assertThat(e.key()).isEqualTo("catalogue.error.noCodes"))
        .hasMessageContaining("notes.csv")
        .hasMessageContaining("科目编码");
  }

  @Test
  void missingAndBinaryFilesAreUnreadable() throws IOException {
    assertThatThrownBy(() -> CatalogueImporter.parse(dir.resolve("none.csv")))
        .isInstanceOfSatisfying(
            UnreadableCatalogueException.class,
            e -> assertThat(e.key()).isEqualTo("catalogue.error.notFound"))
        .hasMessageContaining("none.csv");
    Path bin = dir.resolve("list.pdf");
    Files.write(bin, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2});
    assertThatThrownBy(() -> CatalogueImporter.parse(bin))
        .isInstanceOfSatisfying(
            UnreadableCatalogueException.class,
            e -> assertThat(e.key()).isEqualTo("catalogue.error.format"));
    Path fakeXlsx = write("list.xlsx", "201,一般公共服务支出\n");
    assertThatThrownBy(() -> CatalogueImporter.parse(fakeXlsx))
        .isInstanceOfSatisfying(
            UnreadableCatalogueException.class,
            e -> assertThat(e.key()).isEqualTo("catalogue.error.notWorkbook"));
  }
}
