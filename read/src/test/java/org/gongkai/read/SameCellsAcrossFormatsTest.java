package org.gongkai.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.read.docx.Docx;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.pdf.PdfMaker;
import org.gongkai.read.xlsx.Xlsx;
import org.junit.jupiter.api.Test;

/**
 * One small table written as text, HTML, DOCX, XLSX and PDF: every reader, chosen by content, gives
 * the same cells. (The generated corpus of issue 5 extends this to whole documents.)
 */
class SameCellsAcrossFormatsTest {

  private static final String[][] TABLE = {
    {"Item", "2024", "2025"},
    {"General public budget", "1,807.53", "1,665.38"},
    {"Government funds", "", ""},
    {"Total", "1,807.53", "1,665.38"}
  };

  private final LayoutReaders readers = new LayoutReaders();

  @Test
  void everyFormatGivesTheSameCells() throws Exception {
    List<List<String>> expected = new ArrayList<>();
    for (String[] r : TABLE) {
      expected.add(List.of(r));
    }
    assertThat(cells(readers.read(text(), "t.txt"))).as("text").isEqualTo(expected);
    assertThat(cells(readers.read(html(), "t.html"))).as("HTML").isEqualTo(expected);
    assertThat(cells(readers.read(docx(), "t.docx"))).as("DOCX").isEqualTo(expected);
    assertThat(cells(readers.read(xlsx(), "t.xlsx"))).as("XLSX").isEqualTo(expected);
    assertThat(cells(readers.read(pdf(), "t.pdf"))).as("PDF").isEqualTo(expected);
  }

  private static List<List<String>> cells(Layout l) {
    Block.Grid g =
        (Block.Grid)
            l.blocks().stream()
                .filter(b -> b instanceof Block.Grid)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no grid: " + l));
    return g.rows().stream().map(r -> r.stream().map(GridCell::text).toList()).toList();
  }

  private static byte[] text() {
    StringBuilder sb = new StringBuilder("Table 1 Income\n");
    for (String[] r : TABLE) {
      sb.append(String.join("\t", r)).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] html() {
    StringBuilder sb = new StringBuilder("<html><body><p>Table 1 Income</p><table>");
    for (String[] r : TABLE) {
      sb.append("<tr>");
      for (String c : r) {
        sb.append("<td>").append(c).append("</td>");
      }
      sb.append("</tr>");
    }
    return sb.append("</table></body></html>").toString().getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] docx() {
    String[] rows = new String[TABLE.length];
    for (int i = 0; i < TABLE.length; i++) {
      StringBuilder r = new StringBuilder();
      for (String c : TABLE[i]) {
        r.append(c.isEmpty() ? Docx.tc("", new String[0]) : Docx.tc(c));
      }
      rows[i] = r.toString();
    }
    return Docx.of(Docx.p("Table 1 Income") + Docx.table(3, rows));
  }

  private static byte[] xlsx() {
    StringBuilder rows = new StringBuilder(Xlsx.row(1, Xlsx.s("A1", 0, "Table 1 Income")));
    String[] refs = {"A", "B", "C"};
    for (int i = 0; i < TABLE.length; i++) {
      List<String> cs = new ArrayList<>();
      for (int c = 0; c < 3; c++) {
        String ref = refs[c] + (i + 2);
        String v = TABLE[i][c];
        if (v.isEmpty()) {
          cs.add(Xlsx.e(ref, 2));
        } else if (i > 0 && c > 0) {
          cs.add(Xlsx.n(ref, 2, v.replace(",", "")));
        } else {
          cs.add(Xlsx.s(ref, 1, v));
        }
      }
      rows.append(Xlsx.row(i + 2, cs.toArray(new String[0])));
    }
    return Xlsx.of(Xlsx.sheet("Sheet1", rows.toString()));
  }

  private static byte[] pdf() throws Exception {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).text(50, 60, 10, "Table 1 Income");
      float[] xs = {50, 200, 300, 400};
      float[] ys = {100, 120, 140, 160, 180};
      m.grid(xs, ys);
      for (int i = 0; i < TABLE.length; i++) {
        m.text(55, ys[i] + 5, 9, TABLE[i][0]);
        for (int c = 1; c < 3; c++) {
          if (!TABLE[i][c].isEmpty()) {
            m.textRight(xs[c + 1] - 5, ys[i] + 5, 9, TABLE[i][c]);
          }
        }
      }
      return m.bytes();
    }
  }
}
