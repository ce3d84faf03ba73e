package org.gongkai.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Diagnostic;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Layout;
import org.gongkai.read.layout.ReadLimits;
import org.junit.jupiter.api.Test;

/** The PDF reader on small PDFs built here, one feature (or one hostile input) each. */
class PdfLayoutReaderTest {

  private final PdfLayoutReader reader = new PdfLayoutReader();

  private static final float[] XS = {50, 150, 250, 350};

  /**
   * A ruled table: "Item" over two rows, "Amounts" over two columns (the rule between them stops
   * below it), a label wrapped over two lines, figures that overhang the cell border on either
   * side.
   */
  private static byte[] ruledTable(int rotation) {
    try (PdfMaker m = new PdfMaker()) {
      if (rotation == 90) {
        m.page(595, 842, 90);
      } else {
        m.page(595, 842);
      }
      m.text(50, 60, 14, "Table 1 Expenditure");
      for (float y : new float[] {100, 140, 170, 190}) {
        m.line(50, y, 350, y);
      }
      m.line(150, 120, 350, 120);
      m.line(50, 100, 50, 190).line(150, 100, 150, 190).line(350, 100, 350, 190);
      m.line(250, 120, 250, 190);
      m.text(55, 113, 9, "Item").text(160, 104, 9, "Amounts");
      m.text(160, 125, 9, "2024").text(260, 125, 9, "2025");
      m.text(55, 143, 9, "Office").text(55, 155, 9, "expenses");
      m.textRight(253, 148, 9, "18,570.82").textRight(345, 148, 9, "1,234.00");
      m.text(55, 175, 9, "Total").text(148, 175, 9, "18,570.82").textRight(345, 175, 9, "1,234.00");
      m.text(50, 220, 10, "A paragraph after the table that runs on.");
      return m.bytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static final List<String> EXPECTED =
      List.of(
          "Item{2x1}|Amounts{1x2}|",
          "|2024|2025",
          "Office expenses|18,570.82|1,234.00",
          "Total|18,570.82|1,234.00");

  @Test
  void rebuildsARuledTableWithSpansWrappedCellsAndOverhangingFigures() {
    Layout l = reader.read(ruledTable(0), "ruled.pdf");
    List<Block.Grid> grids = RealCorpus.grids(l);
    assertThat(grids).hasSize(1);
    assertThat(RealCorpus.rows(grids.get(0))).isEqualTo(EXPECTED);
    assertThat(l.blocks().get(0)).isInstanceOf(Block.Heading.class);
    assertThat(((Block.Heading) l.blocks().get(0)).text()).isEqualTo("Table 1 Expenditure");
    assertThat(l.blocks().get(2)).isInstanceOf(Block.Paragraph.class);
    assertThat(grids.get(0).source().locator()).isEqualTo("50.0,100.0,300.0,90.0");
    assertThat(grids.get(0).rows().get(2).get(1).source().locator())
        .isEqualTo("150.0,140.0,100.0,30.0");
  }

  @Test
  void readsAPageTurnedByRotateUpright() {
    Layout l = reader.read(ruledTable(90), "rotated.pdf");
    List<Block.Grid> grids = RealCorpus.grids(l);
    assertThat(grids).hasSize(1);
    assertThat(RealCorpus.rows(grids.get(0))).isEqualTo(EXPECTED);
    assertThat(grids.get(0).source().locator()).isEqualTo("50.0,100.0,300.0,90.0");
  }

  @Test
  void thinFilledRectanglesAreRules() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(842, 595);
      for (float y : new float[] {100, 120, 140}) {
        m.bar(50, y - 0.3f, 300, 0.6f);
      }
      for (float x : new float[] {50, 200, 350}) {
        m.bar(x - 0.3f, 100, 0.6f, 40);
      }
      m.text(55, 105, 9, "Code").text(205, 105, 9, "Amount");
      m.text(55, 125, 9, "201").textRight(345, 125, 9, "1,807.53");
      Layout l = reader.read(m.bytes(), "excel.pdf");
      assertThat(RealCorpus.grids(l)).hasSize(1);
      assertThat(RealCorpus.rows(RealCorpus.grids(l).get(0)))
          .containsExactly("Code|Amount", "201|1,807.53");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void rebuildsATableWithoutRulesFromItsAlignment() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842);
      m.text(50, 60, 10, "Expenditure by function");
      String[][] rows = {
        {"Code", "Name", "Total", "Basic"},
        {"201", "General services", "1,665.38", "1,500.00"},
        {"20103", "Government office", "1,000.00", "900.00"},
        {"2010301", "Operations", "665.38", "600.00"},
        {"208", "Social security", "142.15", ""}
      };
      for (int i = 0; i < rows.length; i++) {
        float y = 90 + i * 16;
        m.text(50, y, 9, rows[i][0]).text(110, y, 9, rows[i][1]);
        m.textRight(330, y, 9, rows[i][2]);
        if (!rows[i][3].isEmpty()) {
          m.textRight(420, y, 9, rows[i][3]);
        }
      }
      Layout l = reader.read(m.bytes(), "aligned.pdf");
      List<Block.Grid> grids = RealCorpus.grids(l);
      assertThat(grids).hasSize(1);
      assertThat(RealCorpus.rows(grids.get(0)))
          .containsExactly(
              "Code|Name|Total|Basic",
              "201|General services|1,665.38|1,500.00",
              "20103|Government office|1,000.00|900.00",
              "2010301|Operations|665.38|600.00",
              "208|Social security|142.15|");
      assertThat(l.blocks().get(0)).isInstanceOf(Block.Paragraph.class);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aTableCarriedOverAPageIsMarkedAndATitledOneIsNot() {
    try (PdfMaker m = new PdfMaker()) {
      float[] xs = {50, 150, 300};
      m.page(595, 842).text(50, 60, 14, "Table 1");
      m.grid(xs, new float[] {100, 120, 140, 800});
      m.text(55, 105, 9, "Code").text(155, 105, 9, "Amount");
      m.text(55, 125, 9, "201").text(155, 125, 9, "10.00");
      m.page(595, 842).grid(xs, new float[] {60, 80, 100});
      m.text(55, 65, 9, "Code").text(155, 65, 9, "Amount");
      m.text(55, 85, 9, "208").text(155, 85, 9, "20.00");
      m.page(595, 842).text(50, 40, 14, "Table 2").grid(xs, new float[] {60, 80, 100});
      m.text(55, 65, 9, "Code").text(155, 65, 9, "Amount");
      m.text(55, 85, 9, "301").text(155, 85, 9, "30.00");
      Layout l = reader.read(m.bytes(), "split.pdf");
      List<Block.Grid> grids = RealCorpus.grids(l);
      assertThat(grids).extracting(Block.Grid::continued).containsExactly(false, true, false);
      assertThat(grids).extracting(g -> g.source().page()).containsExactly(1, 2, 3);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void namesThePagesWithoutATextLayer() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).text(50, 50, 10, "Cover");
      m.page(595, 842).image(0, 0, 595, 842);
      m.page(595, 842).image(0, 0, 595, 842);
      m.page(595, 842).text(50, 50, 10, "Last");
      m.page(595, 842).image(0, 0, 595, 842);
      Layout l = reader.read(m.bytes(), "scanned.pdf");
      Diagnostic d = find(l, PdfCodes.NO_TEXT);
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
      assertThat(d.args()).containsExactly("scanned.pdf", "2-3, 5", "3");
      assertThat(l.blocks()).hasSize(2);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aDocumentOfScansOnlyIsAnError() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).image(0, 0, 595, 842);
      Layout l = reader.read(m.bytes(), "scan.pdf");
      assertThat(find(l, PdfCodes.NO_TEXT).severity()).isEqualTo(Diagnostic.Severity.ERROR);
      assertThat(l.isEmpty()).isTrue();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void saysWhenAFontMapsItsGlyphsToGarbage() {
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).text(50, 50, 10, "Budget of the unit for the year, in yuan");
      m.garbleFont();
      Layout l = reader.read(m.bytes(), "garbled.pdf");
      Diagnostic d = find(l, PdfCodes.GARBLED);
      assertThat(d.args().get(1)).isEqualTo("1");
      assertThat(d.args().get(2)).contains("Helvetica");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Layout clean = reader.read(ruledTable(0), "clean.pdf");
    assertThat(clean.diagnostics()).noneMatch(d -> d.code().equals(PdfCodes.GARBLED));
  }

  @Test
  void refusesAnEncryptedFileWithAClearMessage() {
    byte[] locked;
    try (PdfMaker m = new PdfMaker()) {
      locked = m.page(595, 842).text(50, 50, 10, "Secret").bytes("s3cret");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Layout l = reader.read(locked, "locked.pdf");
    assertThat(l.isEmpty()).isTrue();
    assertThat(find(l, PdfCodes.ENCRYPTED).args()).containsExactly("locked.pdf");
  }

  @Test
  void readsABoundedNumberOfPagesAndReportsTheTrueCount() {
    byte[] big;
    try (PdfMaker m = new PdfMaker()) {
      for (int i = 1; i <= 500; i++) {
        m.page(595, 842).text(50, 50, 10, "Page " + i);
      }
      big = m.bytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    long t0 = System.nanoTime();
    Layout l = new PdfLayoutReader(ReadLimits.DEFAULT.withMaxPages(40)).read(big, "long.pdf");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
    assertThat(find(l, PdfCodes.LIMIT_PAGES).args()).containsExactly("long.pdf", "40", "500");
    assertThat(l.blocks()).hasSize(40);
    Layout all = reader.read(big, "long.pdf");
    assertThat(all.blocks()).hasSize(500);
    assertThat(all.diagnostics()).noneMatch(d -> d.code().equals(PdfCodes.LIMIT_PAGES));
  }

  @Test
  void damagedInputGivesAClearErrorNeverAnException() {
    byte[] good = ruledTable(0);
    Layout truncated = reader.read(Arrays.copyOf(good, good.length / 3), "cut.pdf");
    assertThat(truncated.diagnostics()).isNotEmpty();
    byte[] noise = new byte[4096];
    new java.util.Random(7).nextBytes(noise);
    noise[0] = '%';
    noise[1] = 'P';
    noise[2] = 'D';
    noise[3] = 'F';
    Layout random = reader.read(noise, "noise.pdf");
    assertThat(random.isEmpty()).isTrue();
    assertThat(find(random, PdfCodes.CORRUPT).args().get(0)).isEqualTo("noise.pdf");
    assertThat(find(reader.read(new byte[0], "empty.pdf"), PdfCodes.EMPTY)).isNotNull();
  }

  @Test
  void aContentStreamThatInflatesAThousandfoldIsNotRead() throws Exception {
    java.io.ByteArrayOutputStream z = new java.io.ByteArrayOutputStream();
    try (var d = new java.util.zip.DeflaterOutputStream(z, new java.util.zip.Deflater(1))) {
      byte[] chunk = new byte[1 << 20];
      Arrays.fill(chunk, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        d.write(chunk);
      }
    }
    byte[] pdf;
    try (PdfMaker m = new PdfMaker()) {
      m.page(595, 842).text(50, 50, 10, "Cover");
      m.page(595, 842);
      var doc = m.document();
      var s = doc.getDocument().createCOSStream();
      try (var o = s.createRawOutputStream()) {
        o.write(z.toByteArray());
      }
      s.setItem(org.apache.pdfbox.cos.COSName.FILTER, org.apache.pdfbox.cos.COSName.FLATE_DECODE);
      pdf = m.bytesWith(1, s);
    }
    long t0 = System.nanoTime();
    Layout l = reader.read(pdf, "bomb.pdf");
    assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    assertThat(find(l, PdfCodes.LIMIT_CONTENT).source().page()).isEqualTo(2);
    assertThat(l.blocks()).hasSize(1);
  }

  @Test
  void pageRangesAreShort() {
    assertThat(PdfLayoutReader.ranges(List.of(1, 2, 3, 5, 7, 8))).isEqualTo("1-3, 5, 7-8");
    assertThat(PdfLayoutReader.ranges(List.of(4))).isEqualTo("4");
  }

  static Diagnostic find(Layout l, String code) {
    return l.diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .findFirst()
        .orElseThrow(() -> new AssertionError(code + " not in " + l.diagnostics()));
  }
}
