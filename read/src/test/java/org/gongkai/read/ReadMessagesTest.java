package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.gongkai.model.Diagnostic;
import org.gongkai.model.SourceRef;
import org.junit.jupiter.api.Test;

class ReadMessagesTest {

  /** Every diagnostic code declared by the reading stage. */
  static List<String> declaredCodes() throws Exception {
    List<String> codes = new ArrayList<>();
    for (String cls :
        List.of(
            "org.gongkai.read.text.TextCodes",
            "org.gongkai.read.recognize.RecognizeCodes",
            "org.gongkai.read.DisclosureReader",
            "org.gongkai.read.LayoutReaders",
            "org.gongkai.read.pdf.PdfCodes",
            "org.gongkai.read.docx.DocxCodes",
            "org.gongkai.read.xlsx.SheetCodes",
            "org.gongkai.read.html.HtmlCodes",
            "org.gongkai.read.office.OfficePackages")) {
      for (Field f : Class.forName(cls).getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class) {
          f.setAccessible(true);
          codes.add((String) f.get(null));
        }
      }
    }
    codes.add(org.gongkai.read.layout.Diagnostics.LIMIT_CODE);
    return codes.stream().distinct().toList();
  }

  @Test
  void everyCodeHasAChineseMessage() throws Exception {
    List<String> codes = declaredCodes();
    assertThat(codes).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    for (String c : codes) {
      assertThat(ReadMessages.has(c)).as(c).isTrue();
      assertThat(ReadMessages.format(c)).as(c).matches(".*\\p{IsHan}.*");
    }
  }

  @Test
  void everyDiagnosticMessageBelongsToADeclaredCode() throws Exception {
    Properties p = new Properties();
    try (InputStream in = getClass().getResourceAsStream("/org/gongkai/read/messages.properties")) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    List<String> codes = declaredCodes();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("read.") && !key.startsWith("read.file.")) {
        assertThat(codes).as(key).contains(key);
      }
    }
  }

  @Test
  void formatsArgumentsAndPlace() throws IOException {
    Diagnostic d =
        Diagnostic.of(
            Diagnostic.Severity.WARNING, "read.table.missing", SourceRef.line(12), 3, "单位支出总体情况表");
    assertThat(ReadMessages.format(d)).isEqualTo("未找到表3“单位支出总体情况表”");
    assertThat(ReadMessages.formatWithPlace(d)).isEqualTo("第12行：未找到表3“单位支出总体情况表”");
    assertThat(ReadMessages.format("no.such.key")).isEqualTo("no.such.key");
  }
}
