package org.gongkai.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.ReadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextLayoutReaderTest {

  private static final String DOC = "单位收支总体情况表\n\n项目\t预算数\n一、本年收入\t1,807.53\n";

  private final TextLayoutReader reader = new TextLayoutReader();

  private static String encoding(Layout l) {
    return l.diagnostics().stream()
        .filter(d -> d.code().equals("read.text.encoding"))
        .map(d -> d.args().get(1))
        .findFirst()
        .orElse("");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static Block.Paragraph firstParagraph(Layout l) {
    return (Block.Paragraph) l.blocks().get(0);
  }

  @ParameterizedTest
  @CsvSource({"UTF-8,UTF-8", "GBK,GBK", "GB18030,GB18030"})
  void detectsAndDecodesTheEncodingWithoutABom(String charset, String reported) {
    String text = charset.equals("GB18030") ? DOC + "𠀀字\n" : DOC;
    Layout l = reader.read(text.getBytes(Charset.forName(charset)), "x.txt");
    assertThat(encoding(l)).isEqualTo(reported);
    assertThat(firstParagraph(l).text()).isEqualTo("单位收支总体情况表");
    assertThat(l.diagnostics()).noneMatch(d -> d.code().equals("read.text.encodingLossy"));
  }

  @Test
  void aByteOrderMarkNamesTheEncodingAndIsNotText() {
    byte[] utf8 =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            DOC.getBytes(StandardCharsets.UTF_8));
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, DOC.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, DOC.getBytes(StandardCharsets.UTF_16BE));
    assertThat(encoding(reader.read(utf8, "a"))).isEqualTo("UTF-8");
    assertThat(encoding(reader.read(le, "b"))).isEqualTo("UTF-16LE");
    assertThat(encoding(reader.read(be, "c"))).isEqualTo("UTF-16BE");
    for (byte[] b : List.of(utf8, le, be)) {
      assertThat(firstParagraph(reader.read(b, "x")).text()).isEqualTo("单位收支总体情况表");
    }
  }

  @Test
  void aTruncatedUtf8FileStaysUtf8AndSaysWhatWasLost() {
    byte[] whole = DOC.getBytes(StandardCharsets.UTF_8);
    byte[] cut =
        java.util.Arrays.copyOf(
            whole, whole.length - 2 - 1); // inside the last 字? no: inside "3"? keep a broken tail
    byte[] broken = concat(cut, new byte[] {(byte) 0xE5, (byte) 0x8D});
    Layout l = reader.read(broken, "cut.txt");
    assertThat(encoding(l)).isEqualTo("UTF-8");
    assertThat(l.diagnostics()).anyMatch(d -> d.code().equals("read.text.encodingLossy"));
    assertThat(firstParagraph(l).text()).isEqualTo("单位收支总体情况表");
  }

  @Test
  void randomBytesAreNotTextAndAnEmptyFileIsEmpty() {
    byte[] noise = new byte[4096];
    new Random(7).nextBytes(noise);
    Layout l = reader.read(noise, "noise.bin");
    assertThat(l.blocks()).isEmpty();
    assertThat(l.diagnostics())
        .anyMatch(
            d ->
                d.code().equals("read.text.binary")
                    && d.severity() == Diagnostic.Severity.ERROR
                    && d.args().get(0).equals("noise.bin"));
    Layout empty = reader.read(new byte[0], "empty.txt");
    assertThat(empty.blocks()).isEmpty();
    assertThat(empty.diagnostics()).extracting(Diagnostic::code).containsExactly("read.text.empty");
    Layout blank = reader.read("\n \n\t\n".getBytes(StandardCharsets.UTF_8), "blank.txt");
    assertThat(blank.blocks()).isEmpty();
    assertThat(blank.diagnostics()).anyMatch(d -> d.code().equals("read.text.empty"));
  }

  @Test
  void tabRowsAcrossBlankLinesAndPageNumbersMakeOneGrid() {
    String text = "表 2\n类\t款\t名称\n201\t\t一般公共服务支出\n\n- 3 -\n\n第 4 页\n208\t\t社会保障\n正文\n";
    Layout l = reader.read(text.getBytes(StandardCharsets.UTF_8), "t");
    assertThat(l.blocks()).hasSize(3);
    Block.Grid g = (Block.Grid) l.blocks().get(1);
    assertThat(g.rows()).hasSize(3);
    assertThat(g.rows().get(2).get(0).source().line()).isEqualTo(8);
    assertThat(g.rows().get(1)).extracting(GridCell::text).containsExactly("201", "", "一般公共服务支出");
    assertThat(((Block.Paragraph) l.blocks().get(2)).text()).isEqualTo("正文");
  }

  @Test
  void aLoneCellWithAStrayTabIsAParagraphAndHeadingsAndBulletsAreRecognised() {
    String text = "表 1\t\n\n# 第一部分 概况\n\n- 一、主要职能\n-3.5 不是列表\n";
    Layout l = reader.read(text.getBytes(StandardCharsets.UTF_8), "t");
    assertThat(l.blocks()).hasSize(4);
    assertThat(((Block.Paragraph) l.blocks().get(0)).text()).isEqualTo("表 1");
    Block.Heading h = (Block.Heading) l.blocks().get(1);
    assertThat(h.text()).isEqualTo("第一部分 概况");
    assertThat(h.level()).isEqualTo(1);
    assertThat(((Block.Paragraph) l.blocks().get(2)).text()).isEqualTo("一、主要职能");
    assertThat(((Block.Paragraph) l.blocks().get(3)).text()).isEqualTo("-3.5 不是列表");
  }

  @Test
  void spaceSeparatedRowsAreSplitOnlyWhenUnambiguous() {
    String text =
        String.join(
            "\n",
            "201 03 01   行政运行   1,304.41   1,284.64",
            "2010350 事业运行 109.89",
            "合  计   1,889.38   1,807.53",
            "2024 年预算 1,807.53",
            "201 一般公共服务支出 1,603.53 万元",
            "");
    Layout l = reader.read(text.getBytes(StandardCharsets.UTF_8), "t");
    Block.Grid g = (Block.Grid) l.blocks().get(0);
    assertThat(g.rows()).hasSize(3);
    assertThat(g.rows().get(0))
        .extracting(GridCell::text)
        .containsExactly("201", "03", "01", "行政运行", "1,304.41", "1,284.64");
    assertThat(g.rows().get(1))
        .extracting(GridCell::text)
        .containsExactly("2010350", "事业运行", "109.89");
    assertThat(g.rows().get(2))
        .extracting(GridCell::text)
        .containsExactly("合 计", "1,889.38", "1,807.53");
    assertThat(l.blocks().subList(1, 3)).allMatch(b -> b instanceof Block.Paragraph);
    assertThat(l.diagnostics()).anyMatch(d -> d.code().equals("read.text.spaceRow"));
  }

  @Test
  void boundsAreReportedWithTheTrueCount() {
    ReadLimits tight = new ReadLimits(1 << 20, 5, 3, 2, 16, 100);
    String text = "a\tb\tc\td\te\n1\t2\n3\t4\n" + "x".repeat(40) + "\nl5\nl6\nl7\n";
    Layout l = new TextLayoutReader(tight).read(text.getBytes(StandardCharsets.UTF_8), "big.txt");
    assertThat(l.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.lines");
              assertThat(d.args()).containsExactly("big.txt", "5", "7");
            });
    assertThat(l.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.cells");
              assertThat(d.args()).containsExactly("3", "5");
            });
    assertThat(l.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.rows");
              assertThat(d.args()).containsExactly("2", "3");
            });
    assertThat(l.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("read.limit.text");
              assertThat(d.args()).containsExactly("16", "40");
            });
    Block.Grid g = (Block.Grid) l.blocks().get(0);
    assertThat(g.rows()).hasSize(2);
    assertThat(g.rows().get(0)).hasSize(3);
  }

  @Test
  void aWellFormedDocumentHitsNoBound() {
    Layout l = reader.read(DOC.getBytes(StandardCharsets.UTF_8), "ok.txt");
    assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("read.text.encoding");
  }
}
