package org.gongkai.write.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
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
 * The document as one XHTML page for print on A4 (wide tables on landscape pages), tables with
 * their spanning headers as published. The PDF writer renders the same markup.
 */
public final class HtmlWriter implements FormatWriter {

  /** Tables with more columns than this are printed on a landscape page. */
  static final int WIDE = 8;

  @Override
  public void write(WrittenDisclosure disclosure, OutputStream out) throws IOException {
    out.write(html(disclosure.document()).getBytes(StandardCharsets.UTF_8));
  }

  /** The page as a string. */
  public static String html(Document document) {
    StringBuilder sb = new StringBuilder(64 * 1024);
    sb.append(
            "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
        .append("<meta charset=\"UTF-8\" />\n<title>")
        .append(esc(document.title()))
        .append("</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");
    for (Document.Block b : document.blocks()) {
      block(b, sb);
    }
    sb.append("</body>\n</html>\n");
    return sb.toString();
  }

  private static void block(Document.Block b, StringBuilder sb) {
    if (b instanceof Document.Cover c) {
      sb.append("<div class=\"cover\">\n");
      for (int i = 0; i < c.lines().size(); i++) {
        sb.append("<p class=\"cover-")
            .append(i == 0 ? "main" : "sub")
            .append("\">")
            .append(esc(c.lines().get(i)))
            .append("</p>\n");
      }
      sb.append("</div>\n");
    } else if (b instanceof Document.Contents c) {
      contents(c, sb);
    } else if (b instanceof Document.Heading h) {
      int level = Math.min(h.level(), 4);
      sb.append("<h")
          .append(level)
          .append(">")
          .append(esc(h.text()))
          .append("</h")
          .append(level)
          .append(">\n");
    } else if (b instanceof Document.Text t) {
      sb.append("<p>").append(esc(t.text())).append("</p>\n");
    } else if (b instanceof Document.TableBlock t) {
      table(t, sb);
    } else if (b instanceof Document.SheetBlock s) {
      sheet(s.sheet(), sb);
    } else if (b instanceof Document.PageBreak) {
      sb.append("<div class=\"break\"></div>\n");
    } else if (b instanceof Document.SignOff s) {
      sb.append("<p class=\"signoff\">").append(esc(s.unit())).append("<br />");
      sb.append(esc(s.date())).append("</p>\n");
    }
  }

  private static void contents(Document.Contents c, StringBuilder sb) {
    sb.append("<div class=\"contents\">\n<h1 class=\"toc-title\">")
        .append(esc(WriteMessages.format("doc.contents")))
        .append("</h1>\n");
    for (TocEntry e : c.entries()) {
      sb.append("<p class=\"toc-")
          .append(e.level())
          .append("\">")
          .append(esc(new Document.Heading(e.level(), e.label(), e.title()).text()))
          .append("</p>\n");
    }
    sb.append("</div>\n");
  }

  private static void table(Document.TableBlock block, StringBuilder sb) {
    Table t = block.table();
    boolean wide = t.columns().size() > WIDE;
    sb.append("<div class=\"table-block").append(wide ? " wide" : "").append("\">\n");
    if (block.numbered()) {
      sb.append("<p class=\"table-number\">")
          .append(esc(WriteMessages.format("doc.tableNumber", t.number())))
          .append("</p>\n");
    }
    sb.append("<p class=\"table-title\">").append(esc(t.title())).append("</p>\n");
    sb.append("<p class=\"table-meta\"><span>")
        .append(esc(block.preparerLabel() + "：" + t.preparer()))
        .append("</span><span class=\"unit\">")
        .append(esc(WriteMessages.format("doc.unit", t.unit().label())))
        .append("</span></p>\n<table class=\"figures\">\n");
    colgroup(t, sb);
    sb.append("<thead>\n");
    HeaderGrid header = HeaderGrid.of(t);
    for (int r = 0; r < header.depth(); r++) {
      sb.append("<tr>");
      for (HeaderGrid.Cell c : header.row(r)) {
        sb.append("<th");
        span(sb, c.rowSpan(), c.columnSpan());
        sb.append(">").append(esc(c.text())).append("</th>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</thead>\n<tbody>\n");
    for (Row row : t.rows()) {
      boolean total = t.label(row, 0).isTotal() || (t.sides() > 1 && t.label(row, 1).isTotal());
      sb.append(total ? "<tr class=\"total\">" : "<tr>");
      for (Column c : t.columns()) {
        Cell cell = row.cell(c.index());
        boolean number = !c.role().isStub();
        sb.append(number ? "<td class=\"num\">" : "<td>")
            .append(esc(cell.printed()))
            .append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
    for (TableNote n : t.notes()) {
      sb.append("<p class=\"note\">")
          .append(esc(WriteMessages.format("doc.note", n.text())))
          .append("</p>\n");
    }
    sb.append("</div>\n");
  }

  /** Column widths: narrow code parts, wide names, the figures sharing the rest. */
  private static void colgroup(Table t, StringBuilder sb) {
    sb.append("<colgroup>");
    for (Column c : t.columns()) {
      String width =
          switch (c.role()) {
            case CODE_CLASS, CODE_SECTION, CODE_ITEM -> "9mm";
            case NAME, CODE_NAME, PROJECT_NAME -> t.columns().size() > WIDE ? "42mm" : "60mm";
            default -> "";
          };
      sb.append(width.isEmpty() ? "<col />" : "<col style=\"width:" + width + "\" />");
    }
    sb.append("</colgroup>\n");
  }

  private static void span(StringBuilder sb, int rows, int columns) {
    if (rows > 1) {
      sb.append(" rowspan=\"").append(rows).append("\"");
    }
    if (columns > 1) {
      sb.append(" colspan=\"").append(columns).append("\"");
    }
  }

  private static void sheet(PerformanceTargets s, StringBuilder sb) {
    sb.append("<div class=\"sheet wide\">\n<p class=\"table-title\">")
        .append(esc(WriteMessages.format("sheet.title")))
        .append("</p>\n<p class=\"sheet-year\">")
        .append(esc(WriteMessages.format("sheet.year", s.year())))
        .append("</p>\n<table class=\"figures sheet-table\">\n");
    headerRow(sb, SheetLayout.header(s));
    for (List<String> r : SheetLayout.headerRows(s)) {
      headerRow(sb, r);
    }
    sb.append("<tr>");
    for (String h : SheetLayout.INDICATOR_HEADERS) {
      sb.append("<th>").append(esc(h)).append("</th>");
    }
    sb.append("</tr>\n");
    for (String[] r : SheetLayout.indicatorRows(s.indicators())) {
      sb.append("<tr>");
      for (String v : r) {
        sb.append("<td>").append(esc(v)).append("</td>");
      }
      sb.append("</tr>\n");
    }
    sb.append("</table>\n</div>\n");
  }

  /** A header row of a sheet: label cells span two columns, the value runs to the next label. */
  private static void headerRow(StringBuilder sb, List<String> fields) {
    sb.append("<tr>");
    int i = 0;
    while (i < fields.size()) {
      int span = 1;
      while (i + span < fields.size() && fields.get(i + span).isEmpty()) {
        span++;
      }
      boolean label = i == 0;
      sb.append(label ? "<th" : "<td");
      span(sb, 1, span);
      sb.append(">").append(esc(fields.get(i))).append(label ? "</th>" : "</td>");
      i += span;
    }
    sb.append("</tr>\n");
  }

  static String esc(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final String CSS =
      """
      @page { size: A4 portrait; margin: 20mm 18mm 20mm 18mm;
        @bottom-center { content: counter(page); font-size: 9pt; } }
      @page wide { size: A4 landscape; margin: 15mm 15mm 15mm 15mm;
        @bottom-center { content: counter(page); font-size: 9pt; } }
      body { font-family: 'Gongkai Sans SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei',
        sans-serif; font-size: 11pt; line-height: 1.7; color: #000; }
      h1 { font-size: 16pt; text-align: center; margin: 12pt 0 10pt; }
      h2 { font-size: 13pt; margin: 10pt 0 6pt; }
      h3, h4 { font-size: 11.5pt; margin: 8pt 0 4pt; }
      p { margin: 0 0 6pt; text-indent: 2em; text-align: justify; }
      .cover { text-align: center; padding-top: 70mm; page-break-after: always; }
      .cover p { text-indent: 0; text-align: center; }
      .cover-main { font-size: 22pt; font-weight: bold; margin-bottom: 14pt; }
      .cover-sub { font-size: 18pt; }
      .contents p { text-indent: 0; }
      .toc-title { margin-bottom: 14pt; }
      .toc-1 { font-weight: bold; margin-top: 6pt; }
      .toc-2 { padding-left: 2em; }
      .break { page-break-after: always; }
      .wide { page: wide; }
      .wide table.figures, .wide .table-meta { width: 260mm; }
      .table-block, .sheet { page-break-inside: auto; margin-bottom: 10pt; }
      .table-number, .table-title, .sheet-year { text-indent: 0; text-align: center; margin: 0 0 4pt; }
      .table-number { text-align: left; font-weight: bold; }
      .table-title { font-size: 14pt; font-weight: bold; }
      .table-meta { text-indent: 0; font-size: 9.5pt; margin: 0 0 3pt; }
      .table-meta .unit { float: right; }
      table.figures { width: 100%; border-collapse: collapse; font-size: 9pt; line-height: 1.35;
        -fs-table-paginate: paginate; }
      table.figures th, table.figures td { border: 0.6pt solid #000; padding: 2pt 3pt; }
      table.figures th { font-weight: bold; text-align: center; background: #f2f2f2; }
      table.figures td.num { text-align: right; white-space: nowrap; }
      table.figures tr.total td { font-weight: bold; }
      table.figures tr { page-break-inside: avoid; }
      .note { text-indent: 0; font-size: 9.5pt; margin-top: 4pt; }
      .signoff { text-align: right; text-indent: 0; margin-top: 24pt; }
      """;
}
