package org.gongkai.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PDF reader on the real published disclosures of {@code ../shared/corpus/real/} (see
 * SOURCES.md there). Each file is read once for the whole class. The expected tables per document
 * were counted from the documents themselves (九表, 十二表, four university tables plus their
 * performance sheets); the exact cells were checked by hand against {@code pdftotext -layout}.
 */
class PdfRealCorpusTest {

  private static final Map<String, Layout> LAYOUTS = new HashMap<>();
  private static final Map<String, Long> MILLIS = new HashMap<>();

  @BeforeAll
  static void readAll() throws Exception {
    Path dir = RealCorpus.folder();
    PdfLayoutReader reader = new PdfLayoutReader();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        String key = dir.relativize(p).toString();
        long t0 = System.nanoTime();
        LAYOUTS.put(key, reader.read(Files.readAllBytes(p), p.getFileName().toString()));
        MILLIS.put(key, (System.nanoTime() - t0) / 1_000_000);
      }
    }
    System.out.println("read " + LAYOUTS.size() + " real PDFs: " + MILLIS);
  }

  private static Layout layout(String file) {
    RealCorpus.folder();
    Layout l = LAYOUTS.get(file);
    assertThat(l).as(file).isNotNull();
    return l;
  }

  /**
   * Grids found and, among them, the grids that continue a table over a page break; the rest are
   * the document's tables: Shanghai's nine (plus the unit list of 决算), Jiangsu's twelve, the
   * university's four plus one performance sheet per project.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府万里街道办事处24年预算.pdf;22;13",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府万里街道办事处25年预算.pdf;21;12",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府办公室25年预算.pdf;13;4",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府办公室单位25年预算.pdf;13;4",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区商务委员会25年预算.pdf;13;4",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区商务委员会单位25年预算.pdf;13;4",
        "zxj6827111-blip--GovBudgetChecker/dept_budget.pdf;12;3",
        "zxj6827111-blip--GovBudgetChecker/unit_budget.pdf;13;4",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区财政局2024年度部门决算.pdf;15;5",
        "zxj6827111-blip--GovBudgetChecker/上海市普陀区规划和自然资源局 2024 年度部门决算.pdf;14;4",
        "zxj6827111-blip--GovBudgetChecker/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf;13;3",
        "zxj6827111-blip--GovBudgetChecker/附件2：部门决算模板.pdf;11;1",
        "zxj6827111-blip--tianbaoxitong/上海市财政局25年预算.pdf;14;5",
        "zxj6827111-blip--tianbaoxitong/上海市普陀区财政局部门25年预算.pdf;13;4",
        "zxj6827111-blip--tianbaoxitong/1769321433314-826553525.pdf;9;0",
        "zxj6827111-blip--tianbaoxitong/1770007475548-818404804.pdf;24;10",
        "ae86jack--open-budget/江苏省委办公厅2017年预算公开表格.pdf;14;2",
        "ae86jack--open-budget/江苏省委办公厅2019年度部门预算公开表格.pdf;12;0",
        "ae86jack--open-budget/江苏省政协办公厅2018度部门预算公开表.pdf;12;0",
        "ae86jack--open-budget/江苏省人大办公厅2017年度预算公开.pdf;22;10",
        "ae86jack--open-budget/江苏省人大常委会办公厅2019年部门预算公开表.pdf;13;1",
        "ae86jack--open-budget/2019年度部门预算公开.pdf;15;3",
        "ae86jack--open-budget/省法院2018年度部门预算公开.pdf;19;7",
        "ae86jack--open-budget/江苏省委办公厅2017年部门预算.pdf;0;0",
        "ae86jack--open-budget/江苏省委办公厅2019年度部门预算公开文件.pdf;0;0",
        "ae86jack--open-budget/江苏省政协办公厅2018年度部门预算.pdf;0;0",
        "ae86jack--open-budget/江苏省人大常委会2019年度部门预算公开.pdf;0;0",
        "VIOLET50411--documentmanagement_agent/04_swu_2021_department_budget.pdf;5;1",
        "VIOLET50411--documentmanagement_agent/21_swu_2023_final_accounts__download.jsp.pdf;8;4",
        "VIOLET50411--documentmanagement_agent/28_swu_2024_final_accounts__download.jsp.pdf;8;4",
        "VIOLET50411--documentmanagement_agent/20_swu_2023_department_budget__download.jsp.pdf;47;18",
        "VIOLET50411--documentmanagement_agent/27_swu_2024_department_budget__download.jsp.pdf;44;14"
      })
  void everyDocumentHasItsTables(String file, int grids, int continued) {
    Layout l = layout(file);
    List<Block.Grid> gs = RealCorpus.grids(l);
    assertThat(gs).as(file).hasSize(grids);
    assertThat(gs.stream().filter(Block.Grid::continued).count()).as(file).isEqualTo(continued);
    assertThat(l.diagnostics())
        .as(file)
        .noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)
        .noneMatch(d -> d.code().equals(PdfCodes.GARBLED) || d.code().equals(PdfCodes.NO_TEXT));
  }

  @Test
  void shanghaiYuanTableKeepsItsMergedHeaderAndContinuesOnTheNextPage() {
    Layout l = layout("zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府办公室25年预算.pdf");
    Block.Grid income = RealCorpus.gridsOnPage(l, 9).get(0);
    List<String> rows = RealCorpus.rows(income);
    assertThat(rows.get(0)).isEqualTo("项目{1x4}||||收入预算{1x5}||||");
    assertThat(rows.get(1))
        .isEqualTo(
            "功能分类科目编码{1x3}|||功能分类科目名称{2x1}|合计{2x1}|财政拨款收入{2x1}"
                + "|事业收入{2x1}|事业单位经营收入{2x1}|其他收入{2x1}");
    assertThat(rows.get(2)).isEqualTo("类|款|项||||||");
    assertThat(rows).contains("201|03|01|行政运行|12,029,501.84|12,029,501.84|||");
    assertThat(income.continued()).isFalse();
    Block.Grid rest = RealCorpus.gridsOnPage(l, 10).get(0);
    assertThat(rest.continued()).isTrue();
    assertThat(RealCorpus.rows(rest)).last().isEqualTo("合计{1x4}||||91,016,775.35|91,016,775.35|||");
  }

  @Test
  void jiangsuRotatedA3PageIsReadUpright() {
    Layout l = layout("ae86jack--open-budget/江苏省委办公厅2019年度部门预算公开表格.pdf");
    Block.Grid total = RealCorpus.gridsOnPage(l, 1).get(0);
    assertThat(RealCorpus.rows(total))
        .contains("一、财政拨款|27,664.22|一、一般公共服务支出|22,395.50|一、基本支出|11,700.63")
        .contains("||十八、住房保障支出|3,894.09||")
        .contains("收入合计|27,664.22|支出合计{1x3}|||27,664.22");
    // The page box is displayed rotated: wider than tall.
    assertThat(box(total.rows().get(0).get(0))[0]).isLessThan(100f);
    Block.Grid economic = RealCorpus.gridsOnPage(l, 6).get(0);
    assertThat(RealCorpus.rows(economic)).contains("30101|基本工资|1,581.26", "30309|奖励金|1.60");
  }

  @Test
  void wordDigitsOverhangingABorderStayOneFigure() {
    Layout l = layout("ae86jack--open-budget/省法院2018年度部门预算公开.pdf");
    Block.Grid g = RealCorpus.gridsOnPage(l, 9).get(0);
    assertThat(RealCorpus.rows(g))
        .contains("一、财政拨款|33,172.15|一、一般公共服务支出||一、基本支出|18,570.82")
        .contains("2.政府性基金预算||三、国防支出||三、单位预留机动经费|3,258.06");
    Block.Grid basic = RealCorpus.gridsOnPage(l, 11).get(2);
    assertThat(RealCorpus.rows(basic)).contains("|合计|18,570.82");
  }

  @Test
  void onlyofficeWrappedCellsStayOneCell() {
    Layout l = layout("zxj6827111-blip--GovBudgetChecker/上海市普陀区财政局2024年度部门决算.pdf");
    Block.Grid g = RealCorpus.gridsOnPage(l, 8).get(0);
    assertThat(RealCorpus.rows(g))
        .contains("201|06|01|行政运行|1,511.90|1,511.89|||||0.01")
        .contains("208|05|05|机关事业单位基本养老保险缴费支出|160.75|160.75|||||");
    assertThat(RealCorpus.rows(g).get(0)).startsWith("项目{1x4}||||本年收入合计{3x1}|");
  }

  @Test
  void wpsWriterTableAndItsContinuation() {
    Layout l = layout("zxj6827111-blip--GovBudgetChecker/中共上海市普陀区委社会工作部 2024 年度部门决算.pdf");
    long continued = RealCorpus.grids(l).stream().filter(Block.Grid::continued).count();
    assertThat(continued).isEqualTo(3);
    assertThat(RealCorpus.grids(l).get(0).continued()).isFalse();
  }

  @Test
  void everyBlockAndCellKnowsItsPageAndBox() {
    for (var e : LAYOUTS.entrySet()) {
      for (Block b : e.getValue().blocks()) {
        assertThat(b.source().page()).as(e.getKey()).isPositive();
        assertThat(b.source().locator())
            .as(e.getKey())
            .matches("[-0-9.]+,[-0-9.]+,[0-9.]+,[0-9.]+");
        if (b instanceof Block.Grid g) {
          for (List<GridCell> row : g.rows()) {
            for (GridCell c : row) {
              assertThat(c.source().page()).isEqualTo(g.source().page());
              assertThat(c.source().locator()).isNotEmpty();
            }
          }
        }
      }
    }
  }

  @Test
  void blankPagesAreNamed() {
    Layout l = layout("ae86jack--open-budget/江苏省人大办公厅2017年度预算公开.pdf");
    assertThat(l.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo(PdfCodes.BLANK);
              assertThat(d.args()).containsExactly("31");
            });
    assertThat(layout("zxj6827111-blip--tianbaoxitong/上海市财政局25年预算.pdf").diagnostics())
        .noneMatch(d -> d.code().equals(PdfCodes.BLANK));
  }

  @Test
  void headingsAndParagraphsSurroundTheTables() {
    Layout l = layout("zxj6827111-blip--GovBudgetChecker/上海市普陀区人民政府办公室25年预算.pdf");
    List<Block> blocks = l.blocks();
    int i = indexOf(blocks, RealCorpus.gridsOnPage(l, 9).get(0));
    assertThat(blocks.get(i - 2)).isInstanceOf(Block.Heading.class);
    assertThat(((Block.Heading) blocks.get(i - 2)).text()).isEqualTo("2025年部门收入预算总表");
    assertThat(((Block.Paragraph) blocks.get(i - 1)).text()).endsWith("单位：元");
  }

  private static int indexOf(List<Block> blocks, Block b) {
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) == b) {
        return i;
      }
    }
    return -1;
  }

  private static float[] box(GridCell c) {
    String[] p = c.source().locator().split(",");
    return new float[] {
      Float.parseFloat(p[0]), Float.parseFloat(p[1]), Float.parseFloat(p[2]), Float.parseFloat(p[3])
    };
  }
}
