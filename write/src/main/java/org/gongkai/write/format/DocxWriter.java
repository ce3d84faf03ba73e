package org.gongkai.write.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.model.TocEntry;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.WrittenDisclosure;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The document as a Word file: headings, paragraphs, tables with merged header cells, the
 * performance sheets, and a page break wherever the printed document has one.
 */
public final class DocxWriter implements FormatWriter {

  private static final String FONT = "宋体";

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (Document.Block b : disclosure.document().blocks()) {
        block(doc, b);
      }
      doc.write(out);
    }
  }

  private static void block(XWPFDocument doc, Document.Block b) {
    if (b instanceof Document.Cover c) {
      for (int i = 0; i < c.lines().size(); i++) {
        paragraph(doc, c.lines().get(i), i == 0 ? 22 : 18, true, ParagraphAlignment.CENTER);
      }
      pageBreak(doc);
    } else if (b instanceof Document.Contents c) {
      paragraph(doc, WriteMessages.format("doc.contents"), 16, true, ParagraphAlignment.CENTER);
      for (TocEntry e : c.entries()) {
        paragraph(
            doc,
            new Document.Heading(e.level(), e.label(), e.title()).text(),
            11,
            e.level() == 1,
            ParagraphAlignment.LEFT);
      }
    } else if (b instanceof Document.Heading h) {
      int size =
          switch (h.level()) {
            case 1 -> 16;
            case 2 -> 14;
            default -> 12;
          };
      paragraph(
          doc,
          h.text(),
          size,
          true,
          h.level() == 1 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
    } else if (b instanceof Document.Text t) {
      XWPFParagraph p = paragraph(doc, t.text(), 11, false, ParagraphAlignment.BOTH);
      p.setFirstLineIndent(440);
    } else if (b instanceof Document.TableBlock t) {
      table(doc, t);
    } else if (b instanceof Document.SheetBlock s) {
      sheet(doc, s.sheet());
    } else if (b instanceof Document.PageBreak) {
      pageBreak(doc);
    } else if (b instanceof Document.SignOff s) {
      paragraph(doc, s.unit(), 11, false, ParagraphAlignment.RIGHT);
      paragraph(doc, s.date(), 11, false, ParagraphAlignment.RIGHT);
    }
  }

  private static XWPFParagraph paragraph(
      XWPFDocument doc, String text, int size, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(size);
    run.setFontFamily(FONT);
    return p;
  }

  private static void pageBreak(XWPFDocument doc) {
    doc.createParagraph().createRun().addBreak(BreakType.PAGE);
  }

  private static void table(XWPFDocument doc, Document.TableBlock block) {
    Table t = block.table();
    if (block.numbered()) {
      paragraph(
          doc,
          WriteMessages.format("doc.tableNumber", t.number()),
          11,
          true,
          ParagraphAlignment.LEFT);
    }
    paragraph(doc, t.title(), 14, true, ParagraphAlignment.CENTER);
    paragraph(
        doc,
        block.preparerLabel()
            + "："
            + t.preparer()
            + "    "
            + WriteMessages.format("doc.unit", t.unit().label()),
        9,
        false,
        ParagraphAlignment.LEFT);
    HeaderGrid header = HeaderGrid.of(t);
    int width = t.columns().size();
    XWPFTable table = doc.createTable(header.depth() + t.rows().size(), width);
    table.setWidth("100%");
    for (HeaderGrid.Cell c : header.cells()) {
      for (int r = c.row(); r < c.row() + c.rowSpan(); r++) {
        for (int k = c.column(); k < c.column() + c.columnSpan(); k++) {
          XWPFTableCell cell = table.getRow(r).getCell(k);
          boolean first = r == c.row() && k == c.column();
          set(cell, first ? c.text() : "", true, ParagraphAlignment.CENTER);
          CTTcPr pr =
              cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
          if (c.rowSpan() > 1) {
            pr.addNewVMerge().setVal(r == c.row() ? STMerge.RESTART : STMerge.CONTINUE);
          }
          if (c.columnSpan() > 1) {
            pr.addNewHMerge().setVal(k == c.column() ? STMerge.RESTART : STMerge.CONTINUE);
          }
        }
      }
    }
    int r = header.depth();
    for (Row row : t.rows()) {
      XWPFTableRow xr = table.getRow(r++);
      for (Column c : t.columns()) {
        Cell cell = row.cell(c.index());
        set(
            xr.getCell(c.index()),
            cell.printed(),
            false,
            c.role().isStub() ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
      }
    }
    for (TableNote n : t.notes()) {
      paragraph(doc, WriteMessages.format("doc.note", n.text()), 9, false, ParagraphAlignment.LEFT);
    }
  }

  private static void set(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment align) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(align);
    XWPFRun run = p.createRun();
    run.setText(text);
    run.setBold(bold);
    run.setFontSize(8);
    run.setFontFamily(FONT);
  }

  private static void sheet(XWPFDocument doc, PerformanceTargets s) {
    paragraph(doc, WriteMessages.format("sheet.title"), 14, true, ParagraphAlignment.CENTER);
    paragraph(
        doc, WriteMessages.format("sheet.year", s.year()), 11, false, ParagraphAlignment.CENTER);
    List<String[]> rows = SheetLayout.indicatorRows(s.indicators());
    List<List<String>> head = new java.util.ArrayList<>();
    head.add(SheetLayout.header(s));
    head.addAll(SheetLayout.headerRows(s));
    XWPFTable table = doc.createTable(head.size() + 1 + rows.size(), SheetLayout.COLUMNS);
    table.setWidth("100%");
    int r = 0;
    for (List<String> h : head) {
      for (int c = 0; c < SheetLayout.COLUMNS; c++) {
        set(table.getRow(r).getCell(c), h.get(c), c == 0, ParagraphAlignment.LEFT);
      }
      r++;
    }
    for (int c = 0; c < SheetLayout.COLUMNS; c++) {
      set(
          table.getRow(r).getCell(c),
          SheetLayout.INDICATOR_HEADERS.get(c),
          true,
          ParagraphAlignment.CENTER);
    }
    r++;
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        set(table.getRow(r).getCell(c), row[c], false, ParagraphAlignment.LEFT);
      }
      r++;
    }
  }
}
