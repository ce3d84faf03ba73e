package org.gongkai.read.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.read.docx.Docx.merged;
import static org.gongkai.read.docx.Docx.p;
import static org.gongkai.read.docx.Docx.restart;
import static org.gongkai.read.docx.Docx.span;
import static org.gongkai.read.docx.Docx.styled;
import static org.gongkai.read.docx.Docx.table;
import static org.gongkai.read.docx.Docx.tc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.office.OfficePackages;
import org.gongkai.read.office.TestZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxLayoutReaderTest {

  private final DocxLayoutReader reader = new DocxLayoutReader();

  static final String INCOME =
      table(
          3,
          tc(restart(), "项目") + tc(span(2), "预算数"),
          tc(merged(), "") + tc("2024年") + tc("2025年"),
          tc("", "一般公共", "预算拨款") + tc("1,807.53") + tc("1,665.38"),
          tc("合计") + tc("1,807.53") + tc("1,665.38"));

  static String rows(Block.Grid g) {
    return g.rows().stream()
        .map(r -> r.stream().map(DocxLayoutReaderTest::cell).collect(Collectors.joining("|")))
        .collect(Collectors.joining("\n"));
  }

  private static String cell(GridCell c) {
    return c.text()
        + (c.rowSpan() > 1 || c.colSpan() > 1 ? "{" + c.rowSpan() + "x" + c.colSpan() + "}" : "");
  }

  @Test
  void readsHeadingsParagraphsAndTablesWithMergedCells() {
    byte[] docx =
        Docx.of(
            styled("1", "一、部门主要职能")
                + p("负责本部门的日常工作。")
                + styled("Heading2", "（一）收入")
                + p("表1 收入预算表")
                + INCOME);
    Layout l = reader.read(docx, "budget.docx");
    assertThat(l.blocks()).hasSize(5);
    Block.Heading h1 = (Block.Heading) l.blocks().get(0);
    assertThat(h1.text()).isEqualTo("一、部门主要职能");
    assertThat(h1.level()).isEqualTo(1);
    assertThat(((Block.Heading) l.blocks().get(2)).level()).isEqualTo(2);
    assertThat(((Block.Paragraph) l.blocks().get(1)).source().locator()).isEqualTo("paragraph 2");
    Block.Grid g = (Block.Grid) l.blocks().get(4);
    assertThat(rows(g))
        .isEqualTo(
            "项目{2x1}|预算数{1x2}|\n|2024年|2025年\n一般公共预算拨款|1,807.53|1,665.38\n"
                + "合计|1,807.53|1,665.38");
    assertThat(g.rows().get(2).get(1).source().locator()).isEqualTo("table 1 row 3 cell 2");
    assertThat(g.continued()).isFalse();
    assertThat(l.diagnostics()).isEmpty();
  }

  @Test
  void aTableSplitByAPageBreakContinuesAndATitledOneDoesNot() {
    String header = tc("科目编码") + tc("科目名称") + tc("金额");
    String first = table(3, header, tc("201") + tc("一般公共服务支出") + tc("1,665.38"));
    String same = table(3, header, tc("208") + tc("社会保障和就业支出") + tc("142.15"));
    String bare = table(3, tc("221") + tc("住房保障支出") + tc("96.00"));
    String other = table(3, header, tc("301") + tc("工资福利支出") + tc("800.00"));
    Layout l =
        reader.read(
            Docx.of(first + Docx.pageBreak() + same + p("") + bare + p("表2 基本支出表") + other),
            "split.docx");
    List<Block.Grid> grids =
        l.blocks().stream().filter(b -> b instanceof Block.Grid).map(b -> (Block.Grid) b).toList();
    assertThat(grids).extracting(Block.Grid::continued).containsExactly(false, true, true, false);
  }

  @Test
  void rowsThatSkipGridColumnsKeepTheirPlace() {
    String row = "<w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("其中：人员经费") + tc("500.00");
    Layout l = reader.read(Docx.of(table(3, tc("基本支出") + tc("") + tc("800.00"), row)), "x.docx");
    assertThat(rows((Block.Grid) l.blocks().get(0))).isEqualTo("基本支出||800.00\n|其中：人员经费|500.00");
  }

  @Test
  void damagedAndEncryptedFilesAreClearErrors() {
    byte[] good = Docx.of(p("正文") + INCOME);
    Layout cut = reader.read(Arrays.copyOf(good, good.length / 2), "cut.docx");
    assertThat(cut.isEmpty()).isTrue();
    assertThat(cut.diagnostics()).extracting(Diagnostic::code).contains(OfficePackages.CORRUPT);
    Layout locked = reader.read(TestZips.encrypt(good, "pw"), "locked.docx");
    assertThat(locked.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(OfficePackages.ENCRYPTED));
    Layout empty = reader.read(new byte[0], "empty.docx");
    assertThat(empty.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("read.office.empty");
  }

  @Test
  void aZipBombIsRefusedBeforeAndWhileInflating() {
    byte[] good = Docx.of(p("正文"));
    Layout lying = reader.read(TestZips.claimSize(good, 3_000_000_000L), "liar.docx");
    assertThat(lying.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(OfficePackages.BOMB);
    Map<String, String> parts = Docx.parts(Docx.document("", p("正文") + " ".repeat(40_000_000)));
    Layout bomb = reader.read(TestZips.zip(parts), "bomb.docx");
    assertThat(bomb.isEmpty()).isTrue();
    assertThat(bomb.diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly(OfficePackages.BOMB);
  }

  @Test
  void externalEntitiesAreNotResolved(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "XXE-SECRET-4711");
    String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
    byte[] docx = TestZips.zip(Docx.parts(Docx.document(doctype, p("值：&xxe;") + p("正文"))));
    Layout l = reader.read(docx, "xxe.docx");
    assertThat(l.blocks().toString()).doesNotContain("XXE-SECRET-4711");
    assertThat(l.diagnostics()).isNotNull();
  }
}
