package org.gongkai.read.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.gongkai.read.office.TestZips;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void tellsFormatsByContentNotByName() {
    assertThat(FormatDetector.detect(ascii("%PDF-1.4\n%..."), "budget.txt")).isEqualTo(Format.PDF);
    assertThat(FormatDetector.detect(ascii("\r\n\r\n%PDF-1.7 junk first"), "x"))
        .isEqualTo(Format.PDF);
    byte[] docx = TestZips.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "x"));
    byte[] xlsx = TestZips.zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "x"));
    byte[] odt = TestZips.zip(Map.of("mimetype", "application/vnd.oasis.opendocument.text"));
    assertThat(FormatDetector.detect(docx, "budget.xlsx")).isEqualTo(Format.DOCX);
    assertThat(FormatDetector.detect(xlsx, "budget.docx")).isEqualTo(Format.XLSX);
    assertThat(FormatDetector.detect(odt, "budget.odt")).isEqualTo(Format.ZIP);
    assertThat(FormatDetector.detect(ascii("{\\rtf1\\ansi"), "a.doc")).isEqualTo(Format.RTF);
  }

  @Test
  void tellsTheOle2WorkbookFromTheOle2WordDocument() {
    byte[] head = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    byte[] xls = concat(head, "Workbook".getBytes(StandardCharsets.UTF_16LE));
    byte[] doc = concat(head, "WordDocument".getBytes(StandardCharsets.UTF_16LE));
    assertThat(FormatDetector.detect(xls, "a.doc")).isEqualTo(Format.XLS);
    assertThat(FormatDetector.detect(doc, "a.xls")).isEqualTo(Format.DOC);
    assertThat(Format.DOC.readable()).isFalse();
  }

  @Test
  void findsHtmlWithOrWithoutADoctypeInAnyEncoding() {
    assertThat(FormatDetector.detect(ascii("  <!DOCTYPE html><html>"), "a")).isEqualTo(Format.HTML);
    assertThat(FormatDetector.detect("\uFEFF<html lang=zh>".getBytes(StandardCharsets.UTF_8), "a"))
        .isEqualTo(Format.HTML);
    byte[] gbk =
        "<meta charset=gbk><table><tr><td>合计</td></tr></table>".getBytes(Charset.forName("GBK"));
    assertThat(FormatDetector.detect(gbk, "a.txt")).isEqualTo(Format.HTML);
    byte[] utf16 =
        concat(
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            "<html><body>".getBytes(StandardCharsets.UTF_16LE));
    assertThat(FormatDetector.detect(utf16, "a")).isEqualTo(Format.HTML);
  }

  @Test
  void plainTextIsTextAndNoiseIsBinary() {
    assertThat(FormatDetector.detect("表1 收入\t合计\n".getBytes(Charset.forName("GBK")), "a"))
        .isEqualTo(Format.TEXT);
    assertThat(FormatDetector.detect("a < b is text".getBytes(StandardCharsets.UTF_8), "a"))
        .isEqualTo(Format.TEXT);
    byte[] utf16 = "合计 1,807.53\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(FormatDetector.detect(utf16, "a")).isEqualTo(Format.TEXT);
    byte[] noise = new byte[4096];
    new java.util.Random(5).nextBytes(noise);
    noise[0] = 1;
    assertThat(FormatDetector.detect(noise, "a")).isEqualTo(Format.BINARY);
    assertThat(FormatDetector.detect(new byte[0], "a")).isEqualTo(Format.TEXT);
  }

  @Test
  void joinsWrappedLinesAlikeInEveryFormat() {
    StringBuilder sb = new StringBuilder();
    WrappedText.appendLine(sb, "一般公共");
    WrappedText.appendLine(sb, " 预算拨款 ");
    WrappedText.appendLine(sb, "");
    assertThat(sb).hasToString("一般公共预算拨款");
    StringBuilder latin = new StringBuilder("Office");
    WrappedText.appendLine(latin, "expenses");
    assertThat(latin).hasToString("Office expenses");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
