package org.gongkai.read.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class HtmlLayoutReaderTest {

  private final HtmlLayoutReader reader = new HtmlLayoutReader();

  /** A government-style page: a layout table around the content, a data table with spans. */
  static final String PAGE =
      "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
          + "<title>预算公开</title><script>var x = '<p>不是正文</p>';</script></head><body>"
          + "<table width=\"100%\"><tr><td><div class=\"nav\">首页 &gt; 预算公开</div></td></tr>"
          + "<tr><td><h2>2025年部门预算</h2><p>一、部门职责<br>负责全区&nbsp;财政工作。</p>"
          + "<p align=\"center\">表1 收入预算表</p>"
          + "<table border=\"1\"><tr><th rowspan=\"2\">项目</th><th colspan=\"2\">预算数</th></tr>"
          + "<tr><th>2024年</th><th>2025年</th></tr>"
          + "<tr><td>一般公共<br>预算拨款</td><td>1,807.53</td><td>1,665.38</td></tr>"
          + "<tr><td>朱镕基路项目</td><td></td><td>0.00</td></tr>"
          + "<tr><td colspan=\"3\" rowspan=\"99\">注：本表无政府性基金收入。</td></tr>"
          + "</table></td></tr></table></body></html>";

  static String rows(Block.Grid g) {
    return g.rows().stream()
        .map(r -> r.stream().map(HtmlLayoutReaderTest::cell).collect(Collectors.joining("|")))
        .collect(Collectors.joining("\n"));
  }

  private static String cell(GridCell c) {
    return c.text()
        + (c.rowSpan() > 1 || c.colSpan() > 1 ? "{" + c.rowSpan() + "x" + c.colSpan() + "}" : "");
  }

  @Test
  void readsAGbkPageThatDeclaresGb2312() {
    Layout l = reader.read(PAGE.getBytes(Charset.forName("GBK")), "page.html");
    List<String> texts = l.blocks().stream().map(HtmlLayoutReaderTest::text).toList();
    assertThat(texts)
        .containsExactly("首页 > 预算公开", "2025年部门预算", "一、部门职责", "负责全区 财政工作。", "表1 收入预算表", "GRID");
    assertThat(l.blocks().get(1)).isInstanceOf(Block.Heading.class);
    assertThat(((Block.Heading) l.blocks().get(1)).level()).isEqualTo(2);
    Block.Grid g = (Block.Grid) l.blocks().get(5);
    assertThat(rows(g))
        .isEqualTo(
            "项目{2x1}|预算数{1x2}|\n|2024年|2025年\n一般公共预算拨款|1,807.53|1,665.38\n"
                + "朱镕基路项目||0.00\n注：本表无政府性基金收入。{1x3}||");
    assertThat(g.rows().get(2).get(1).source().locator())
        .isEqualTo("body>table[1]>tbody[1]>tr[2]>td[1]>table[1] row 3 cell 2");
    Diagnostic enc = l.diagnostics().get(0);
    assertThat(enc.code()).isEqualTo("read.html.encoding");
    assertThat(enc.args()).containsExactly("page.html", "GB18030", "gb2312");
  }

  @Test
  void aCaptionIsTheTitleAboveItsTable() {
    String page = "<table><caption>表2 支出预算表</caption><tr><td>合计</td><td>1.00</td></tr></table>";
    Layout l = reader.read(page.getBytes(StandardCharsets.UTF_8), "c.html");
    assertThat(l.blocks())
        .extracting(HtmlLayoutReaderTest::text)
        .containsExactly("表2 支出预算表", "GRID");
  }

  @Test
  void sniffsTheEncodingWhenThePageDoesNotSayIt() {
    String bare = "<html><body><p>财政拨款收入</p></body></html>";
    Layout utf8 = reader.read(bare.getBytes(StandardCharsets.UTF_8), "a.html");
    assertThat(text(utf8.blocks().get(0))).isEqualTo("财政拨款收入");
    assertThat(utf8.diagnostics().get(0).args()).containsExactly("a.html", "UTF-8", "UTF-8");
    Layout gbk = reader.read(bare.getBytes(Charset.forName("GB18030")), "b.html");
    assertThat(text(gbk.blocks().get(0))).isEqualTo("财政拨款收入");
    assertThat(gbk.diagnostics().get(0).args()).containsExactly("b.html", "GB18030", "GB18030");
  }

  @Test
  void aLandingPageSaysItsContentIsInAnAttachment() {
    String page =
        "<html><body><h1>2023年度决算公开</h1><p>发布日期：2024-08-30</p>"
            + "<a href=\"/attach/2023决算.pdf\">2023年度部门决算.pdf</a></body></html>";
    Layout l = reader.read(page.getBytes(StandardCharsets.UTF_8), "landing.html");
    Diagnostic d =
        l.diagnostics().stream()
            .filter(x -> x.code().equals("read.html.attachments"))
            .findFirst()
            .orElseThrow();
    assertThat(d.args()).containsExactly("landing.html", "1", "2023年度部门决算.pdf");
    Layout none = reader.read(PAGE.getBytes(Charset.forName("GBK")), "page.html");
    assertThat(none.diagnostics()).noneMatch(x -> x.code().equals("read.html.attachments"));
  }

  @Test
  void theRealLandingPageReads() throws Exception {
    String shared = System.getProperty("gongkai.shared");
    Path p =
        shared == null
            ? null
            : Path.of(
                shared,
                "corpus/real/VIOLET50411--documentmanagement_agent/21_swu_2023_final_accounts.html");
    if (p == null || !Files.exists(p)) {
      System.out.println("SKIPPED: the real landing page of the corpus is not present");
    }
    Assumptions.assumeTrue(p != null && Files.exists(p), "real corpus not present");
    Layout l = reader.read(Files.readAllBytes(p), "landing.html");
    assertThat(l.blocks()).isNotEmpty();
    assertThat(l.diagnostics()).anyMatch(d -> d.code().equals("read.html.attachments"));
    assertThat(l.blocks().toString()).contains("决算");
  }

  @Test
  void hostilePagesStayBounded() {
    StringBuilder deep = new StringBuilder("<html><body>");
    deep.append("<div>".repeat(50_000)).append("深处").append("</div>".repeat(50_000));
    StringBuilder spans = new StringBuilder("<table>");
    for (int r = 0; r < 2000; r++) {
      spans.append("<tr><td rowspan=\"65534\" colspan=\"1000\">x</td><td>y</td></tr>");
    }
    deep.append(spans).append("</table></body></html>");
    long t0 = System.nanoTime();
    Layout l = reader.read(deep.toString().getBytes(StandardCharsets.UTF_8), "deep.html");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    assertThat(l.blocks()).isNotEmpty();
    Block.Grid g =
        (Block.Grid) l.blocks().stream().filter(b -> b instanceof Block.Grid).findFirst().get();
    assertThat(g.width()).isLessThanOrEqualTo(256);
  }

  private static String text(Block b) {
    if (b instanceof Block.Heading h) {
      return h.text();
    }
    if (b instanceof Block.Paragraph p) {
      return p.text();
    }
    return "GRID";
  }
}
