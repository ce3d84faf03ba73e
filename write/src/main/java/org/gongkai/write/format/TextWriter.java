package org.gongkai.write.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.TableNote;
import org.gongkai.model.TocEntry;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.WrittenDisclosure;

/**
 * The text form the reader reads (what a published PDF becomes as text): one line per heading and
 * paragraph, and each table as its title lines, header rows and data rows with tab-separated cells,
 * every cell in its column (a blank cell is an empty field).
 */
public final class TextWriter implements FormatWriter {

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    for (String line : lines(disclosure.document())) {
      w.print(line);
      w.print('\n');
    }
    w.flush();
  }

  /** The document as lines of text. */
  public static List<String> lines(Document document) {
    List<String> out = new ArrayList<>();
    for (Document.Block b : document.blocks()) {
      block(b, out);
    }
    return out;
  }

  private static void block(Document.Block b, List<String> out) {
    if (b instanceof Document.Cover c) {
      out.addAll(c.lines());
      out.add("");
    } else if (b instanceof Document.Contents c) {
      contents(c, out);
    } else if (b instanceof Document.Heading h) {
      out.add(h.text());
      out.add("");
    } else if (b instanceof Document.Text t) {
      out.add(t.text());
      out.add("");
    } else if (b instanceof Document.TableBlock t) {
      table(t, out);
    } else if (b instanceof Document.SheetBlock s) {
      sheet(s.sheet(), out);
    } else if (b instanceof Document.SignOff s) {
      out.add(s.unit());
      out.add(s.date());
    }
  }

  private static void contents(Document.Contents c, List<String> out) {
    out.add(WriteMessages.format("doc.contents"));
    out.add("");
    for (TocEntry e : c.entries()) {
      out.add(new Document.Heading(e.level(), e.label(), e.title()).text());
    }
    out.add("");
  }

  private static void table(Document.TableBlock block, List<String> out) {
    Table t = block.table();
    if (block.numbered()) {
      out.add(WriteMessages.format("doc.tableNumber", t.number()));
      out.add("");
    }
    out.add(t.title());
    out.add("");
    out.add(block.preparerLabel() + "：" + t.preparer());
    out.add("");
    out.add(WriteMessages.format("doc.unit", t.unit().label()));
    out.add("");
    HeaderGrid header = HeaderGrid.of(t);
    for (int r = 0; r < header.depth(); r++) {
      String[] fields = new String[t.columns().size()];
      Arrays.fill(fields, "");
      for (HeaderGrid.Cell c : header.row(r)) {
        fields[c.column()] = c.text();
      }
      out.add(String.join("\t", fields));
    }
    for (Row row : t.rows()) {
      List<String> fields = new ArrayList<>();
      for (Column c : t.columns()) {
        Cell cell = row.cell(c.index());
        fields.add(cell.isBlank() ? "" : cell.printed());
      }
      out.add(String.join("\t", fields));
    }
    out.add("");
    for (TableNote n : t.notes()) {
      out.add(WriteMessages.format("doc.note", n.text()));
      out.add("");
    }
  }

  private static void sheet(PerformanceTargets s, List<String> out) {
    out.add(WriteMessages.format("sheet.title"));
    out.add("");
    out.add(WriteMessages.format("sheet.year", s.year()));
    out.add("");
    out.add(String.join("\t", SheetLayout.header(s)));
    out.addAll(SheetLayout.headerRows(s).stream().map(r -> String.join("\t", r)).toList());
    out.add(String.join("\t", SheetLayout.INDICATOR_HEADERS));
    for (String[] r : SheetLayout.indicatorRows(s.indicators())) {
      out.add(String.join("\t", r));
    }
    out.add("");
  }
}
