package org.gongkai.read.docx;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gongkai.read.office.TestZips;

/** Minimal Word documents written from string templates (no POI), for the tests. */
public final class Docx {

  public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  private Docx() {}

  public static byte[] of(String body) {
    return TestZips.zip(parts(document("", body)));
  }

  public static Map<String, String> parts(String document) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
            + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd"
            + ".openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
            + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd"
            + ".openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
    m.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
            + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
    m.put(
        "word/_rels/document.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
            + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\""
            + " Target=\"styles.xml\"/></Relationships>");
    m.put("word/document.xml", document);
    m.put(
        "word/styles.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles xmlns:w=\""
            + W
            + "\">"
            + "<w:style w:type=\"paragraph\" w:styleId=\"1\"><w:name w:val=\"heading 1\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
            + "</w:style></w:styles>");
    return m;
  }

  public static String document(String doctype, String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + doctype
        + "<w:document xmlns:w=\""
        + W
        + "\"><w:body>"
        + body
        + "</w:body></w:document>";
  }

  public static String p(String text) {
    return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
  }

  public static String styled(String style, String text) {
    return "<w:p><w:pPr><w:pStyle w:val=\""
        + style
        + "\"/></w:pPr><w:r><w:t>"
        + text
        + "</w:t></w:r></w:p>";
  }

  public static String pageBreak() {
    return "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>";
  }

  /** A table; each row is a list of cells written with {@link #tc}. */
  public static String table(int columns, String... rows) {
    StringBuilder sb = new StringBuilder("<w:tbl><w:tblGrid>");
    for (int i = 0; i < columns; i++) {
      sb.append("<w:gridCol w:w=\"2000\"/>");
    }
    sb.append("</w:tblGrid>");
    for (String r : rows) {
      sb.append("<w:tr>").append(r).append("</w:tr>");
    }
    return sb.append("</w:tbl>").toString();
  }

  /** A cell: properties (gridSpan, vMerge) and paragraphs. */
  public static String tc(String props, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<w:tc>");
    if (!props.isEmpty()) {
      sb.append("<w:tcPr>").append(props).append("</w:tcPr>");
    }
    if (paragraphs.length == 0) {
      sb.append("<w:p/>");
    }
    for (String p : paragraphs) {
      sb.append(p(p));
    }
    return sb.append("</w:tc>").toString();
  }

  public static String tc(String text) {
    return tc("", text);
  }

  public static String span(int n) {
    return "<w:gridSpan w:val=\"" + n + "\"/>";
  }

  public static String restart() {
    return "<w:vMerge w:val=\"restart\"/>";
  }

  public static String merged() {
    return "<w:vMerge/>";
  }
}
