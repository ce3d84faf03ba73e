package org.gongkai.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CatalogueCommandTest {

  @TempDir Path dataDir;
  @TempDir Path inputs;

  /** Exit code, standard output and standard error of one run. */
  record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new CatalogueCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    if (all.size() > 0 && !all.contains("--help")) {
      all.add("--data-dir");
      all.add(dataDir.toString());
    }
    int exit = cl.execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  private Path csv(String name, String text) throws IOException {
    Path f = inputs.resolve(name);
    Files.writeString(f, text);
    return f;
  }

  @Test
  void showKnownCodePrintsLevelNameParentsAndSource() {
    Run r = run("show", "201 03 01", "--year", "2024");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("支出功能分类 2010301（201 03 01）")
        .contains("级次：项")
        .contains("名称：行政运行")
        .contains("  类 201 一般公共服务支出")
        .contains("  款 20103 政府办公厅（室）及相关机构事务")
        .contains("来源：随附的部分目录（2024 年，function-codes-2024.csv）");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void showUnknownCodeSaysTheListIsPartialAndHowToImportAndExitsOne() {
    Run r = run("show", "203", "--year", "2024");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("2024 年的支出功能分类目录中没有编码 203。")
        .contains("随附的目录只是部分目录")
        .contains("gongkai catalogue import 文件.xlsx --year 2024 --complete");
  }

  @Test
  void showUnknownCodeMentionsOtherYearsThatHaveIt() {
    // 215 is in the 2025 and 2026 lists but not in 2024's
    Run r = run("show", "215", "--year", "2024");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("其他年度的目录中有此编码：2025 年“资源勘探工业信息等支出”");
  }

  @Test
  void showFallsBackToTheNearestEarlierYearAndSaysSo() {
    Run r = run("show", "2040601", "--year", "2028");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("2028 年没有目录，使用 2026 年的目录。").contains("名称：行政运行");
  }

  @Test
  void showWithoutYearUsesTheLatestList() {
    Run r = run("show", "2040601");
    assertThat(r.out()).contains("目录年度：2026（未指定 --year，使用最新年度的目录）");
  }

  @Test
  void showEconomicCode() {
    Run r = run("show", "30213");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("部门预算支出经济分类 30213（302 13）")
        .contains("目录：不分年度")
        .contains("名称：维修（护）费")
        .contains("  类 302 商品和服务支出");
  }

  @Test
  void malformedCodeOrYearIsAUsageError() {
    Run bad = run("show", "2010 301");
    assertThat(bad.exit()).isEqualTo(64);
    assertThat(bad.err()).contains("“2010 301”不是科目编码：分组不对");
    assertThat(run("show", "201", "--year", "24").exit()).isEqualTo(64);
    assertThat(run("show").exit()).isEqualTo(64);
    assertThat(run("list", "--level", "item", "--kind", "department-economic").exit())
        .isEqualTo(64);
    assertThat(run("list", "--kind", "revenue").exit()).isEqualTo(64);
    assertThat(run("import", "x.csv").exit()).isEqualTo(64);
  }

  @Test
  void listFiltersByLevel() {
    Run r = run("list", "--year", "2024", "--level", "class");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("2024 年 支出功能分类目录：随附的部分目录（2024 年，function-codes-2024.csv），共 11 个编码")
        .contains("201      类  一般公共服务支出")
        .doesNotContain("20103");
  }

  @Test
  void listOfAYearBeforeEveryListExitsOne() {
    Run r = run("list", "--year", "2019");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).contains("没有 2019 年或更早年度的支出功能分类目录。");
  }

  @Test
  void statusShowsYearsCountsAndCompleteness() {
    Run r = run("status");
    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .contains("  2024 年  类 11，款 35，项 58  部分  随附的部分目录（2024 年，function-codes-2024.csv）")
        .contains("  不分年度  类 9，款 80  部分  随附的部分目录（不分年度，economic-codes-department.csv）")
        .contains("尚未导入任何官方目录。");
  }

  @Test
  void importThenShowListAndStatusUseTheImportedList() throws IOException {
    Path f =
        csv(
            "official-2024.csv",
            "科目编码,科目名称\n201,一般公共服务支出\n20103,政府办公厅（室）及相关机构事务\n"
                + "2010301,行政运行\n203,国防支出\n20404,检察\n");
    Run imp = run("import", f.toString(), "--year", "2024", "--complete");
    assertThat(imp.exit()).isZero();
    assertThat(imp.out())
        .contains("已将“official-2024.csv”导入为 2024 年的目录（完整（用户声明））。")
        .contains("  支出功能分类：类 2，款 2，项 1")
        .contains("文件中的问题（1 条）：")
        .contains("20404 检察 的上级类 204 不在导入的目录中")
        .contains("与随附的部分目录比较（");

    Run show = run("show", "203", "--year", "2024");
    assertThat(show.exit()).isZero();
    assertThat(show.out()).contains("来源：用户导入的完整目录“official-2024.csv”（2024 年，");

    Run absent = run("show", "2010350", "--year", "2024");
    assertThat(absent.exit()).isEqualTo(1);
    assertThat(absent.out()).contains("编码 2010350 不在用户导入的完整目录“official-2024.csv”");

    Run status = run("status");
    assertThat(status.out())
        .contains("  2024 年  类 2，款 2，项 1  完整（用户声明）  用户导入的完整目录“official-2024.csv”")
        .contains("用户导入的目录：1 份");
  }

  @Test
  void partialImportIsMarkedInTheListing() throws IOException {
    Path f = csv("extra.csv", "code,name\n203,国防支出\n");
    assertThat(run("import", f.toString(), "--year", "2024").exit()).isZero();
    Run list = run("list", "--year", "2024", "--level", "class");
    assertThat(list.out())
        .contains("共 12 个编码")
        .contains("203      类  国防支出  ［导入］")
        .contains("201      类  一般公共服务支出  ［随附］");
  }

  @Test
  void unreadableImportExitsTwoAndNamesTheFile() throws IOException {
    Run missing = run("import", inputs.resolve("none.xlsx").toString(), "--year", "2024");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("none.xlsx").contains("文件不存在");
    Run empty = run("import", csv("empty.csv", "说明\n").toString(), "--year", "2024");
    assertThat(empty.exit()).isEqualTo(2);
    assertThat(empty.err()).contains("没有读到任何");
  }

  @Test
  void brokenDataFolderExitsTwo() throws IOException {
    Path y = dataDir.resolve("catalogue").resolve("2024");
    Files.createDirectories(y);
    Files.writeString(y.resolve("import.properties"), "year=2024\n");
    Run r = run("status");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("数据目录中的目录文件无法使用").contains("source.file");
  }

  @Test
  void helpIsInChinese() {
    Run r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("用法：").contains("命令：").contains("import").contains("目录");
    Run sub = run("import", "--help");
    assertThat(sub.out()).contains("--complete").contains("声明该文件是该年度完整的官方目录");
  }

  @Test
  void unknownEconomicCodeIsUnknownNotWrong() {
    Run r = run("show", "399");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out())
        .contains("部门预算支出经济分类目录中没有编码 399。")
        .contains("目录中没有的编码不一定有误")
        .contains("--year 年度 --complete");
  }
}
