package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.format.Format;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.pdf.PdfLayoutReader;
import org.junit.jupiter.api.Test;

class LayoutReadersTest {

  private final LayoutReaders readers = new LayoutReaders();

  @Test
  void dispatchesByContentAndSaysWhichFormatItRead() {
    byte[] html = "<html><body><p>表1 收入预算表</p></body></html>".getBytes(StandardCharsets.UTF_8);
    Layout l = readers.read(html, "budget.txt");
    assertThat(l.diagnostics().get(0).code()).isEqualTo(LayoutReaders.DETECTED);
    assertThat(l.diagnostics().get(0).args()).containsExactly("budget.txt", "HTML");
    assertThat(((Block.Paragraph) l.blocks().get(0)).text()).isEqualTo("表1 收入预算表");
    Layout text = readers.read("表1 收入预算表\n项目\t合计\n".getBytes(StandardCharsets.UTF_8), "a");
    assertThat(text.diagnostics().get(0).args()).containsExactly("a", "文本");
    assertThat(readers.reader(Format.PDF)).isInstanceOf(PdfLayoutReader.class);
  }

  @Test
  void aFormatWithoutAReaderIsAnErrorNotAnException() {
    Layout l = readers.read("{\\rtf1 x}".getBytes(StandardCharsets.ISO_8859_1), "a.rtf");
    assertThat(l.isEmpty()).isTrue();
    assertThat(l.diagnostics())
        .extracting(Diagnostic::code)
        .isEqualTo(List.of(LayoutReaders.UNSUPPORTED));
    assertThat(ReadMessages.format(l.diagnostics().get(0))).contains("a.rtf", "RTF");
  }
}
