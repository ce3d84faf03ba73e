package org.gongkai.read.xlsx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.read.office.TestZips;

/**
 * Minimal workbooks written from string templates (no POI), for the tests. Styles: 0 plain, 1
 * bordered, 2 bordered with {@code #,##0.00}, 3 a large title font.
 */
public final class Xlsx {

  public static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private Xlsx() {}

  /** A sheet: its name, whether hidden, its rows and merged ranges. */
  public record Sheet(String name, boolean hidden, String rows, String merges) {}

  public static Sheet sheet(String name, String rows, String... merges) {
    StringBuilder m = new StringBuilder();
    for (String r : merges) {
      m.append("<mergeCell ref=\"").append(r).append("\"/>");
    }
    return new Sheet(name, false, rows, m.toString());
  }

  public static Sheet hidden(String name, String rows) {
    return new Sheet(name, true, rows, "");
  }

  public static byte[] of(Sheet... sheets) {
    return TestZips.zip(parts(false, sheets));
  }

  public static Map<String, String> parts(boolean macros, Sheet... sheets) {
    Map<String, String> m = new LinkedHashMap<>();
    StringBuilder types =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Default Extension=\"bin\" ContentType=\"application/vnd.ms-office"
                + ".vbaProject\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + (macros
                    ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
                    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
                + "\"/><Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd"
                + ".openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
    StringBuilder rels =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rIdS\" "
                + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
                + "styles\" Target=\"styles.xml\"/>");
    StringBuilder book =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\""
                + NS
                + "\" xmlns:r="
                + "\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                + "<sheets>");
    for (int i = 1; i <= sheets.length; i++) {
      Sheet s = sheets[i - 1];
      types
          .append("<Override PartName=\"/xl/worksheets/sheet")
          .append(i)
          .append(
              ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
                  + ".spreadsheetml.worksheet+xml\"/>");
      rels.append("<Relationship Id=\"rId")
          .append(i)
          .append(
              "\" Type=\"http://schemas"
                  + ".openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\""
                  + "worksheets/sheet")
          .append(i)
          .append(".xml\"/>");
      book.append("<sheet name=\"")
          .append(s.name())
          .append("\" sheetId=\"")
          .append(i)
          .append(s.hidden() ? "\" state=\"hidden" : "")
          .append("\" r:id=\"rId")
          .append(i)
          .append("\"/>");
      m.put(
          "xl/worksheets/sheet" + i + ".xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
              + NS
              + "\"><sheetData>"
              + s.rows()
              + "</sheetData>"
              + (s.merges().isEmpty() ? "" : "<mergeCells>" + s.merges() + "</mergeCells>")
              + "</worksheet>");
    }
    m.put("[Content_Types].xml", types.append("</Types>").toString());
    m.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    m.put("xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
    m.put("xl/workbook.xml", book.append("</sheets></workbook>").toString());
    m.put("xl/styles.xml", STYLES);
    return m;
  }

  private static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\""
          + NS
          + "\">"
          + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.00\"/></numFmts>"
          + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"SimSun\"/></font>"
          + "<font><sz val=\"18\"/><name val=\"SimSun\"/></font></fonts>"
          + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
          + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
          + "<borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>"
          + "<border><left style=\"thin\"/><right style=\"thin\"/><top style=\"thin\"/>"
          + "<bottom style=\"thin\"/><diagonal/></border></borders>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" "
          + "borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
          + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" "
          + "applyBorder=\"1\"/>"
          + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"1\" xfId=\"0\" "
          + "applyNumberFormat=\"1\" applyBorder=\"1\"/>"
          + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
          + "applyFont=\"1\"/></cellXfs></styleSheet>";

  /** A row of cells written with {@link #s}, {@link #n}, {@link #f}, {@link #e}. */
  public static String row(int r, String... cells) {
    return row(r, false, cells);
  }

  public static String row(int r, boolean hidden, String... cells) {
    return "<row r=\""
        + r
        + "\""
        + (hidden ? " hidden=\"1\"" : "")
        + ">"
        + String.join("", cells)
        + "</row>";
  }

  /** A text cell. */
  public static String s(String ref, int style, String text) {
    return "<c r=\""
        + ref
        + "\" s=\""
        + style
        + "\" t=\"inlineStr\"><is><t>"
        + text
        + "</t></is></c>";
  }

  /** A number cell. */
  public static String n(String ref, int style, String value) {
    return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
  }

  /** A formula cell with its cached value. */
  public static String f(String ref, int style, String formula, String cached) {
    return "<c r=\""
        + ref
        + "\" s=\""
        + style
        + "\"><f>"
        + formula
        + "</f><v>"
        + cached
        + "</v></c>";
  }

  /** An empty cell with a style. */
  public static String e(String ref, int style) {
    return "<c r=\"" + ref + "\" s=\"" + style + "\"/>";
  }
}
