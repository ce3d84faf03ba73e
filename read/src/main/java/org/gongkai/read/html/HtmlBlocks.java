package org.gongkai.read.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gongkai.model.Diagnostic.Severity;
import org.gongkai.model.SourceRef;
import org.gongkai.read.format.WrappedText;
import org.gongkai.read.layout.Block;
import org.gongkai.read.layout.Diagnostics;
import org.gongkai.read.layout.GridCell;
import org.gongkai.read.layout.ReadLimits;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Walks a page's body in document order and builds its blocks. One per read. */
final class HtmlBlocks {

  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "head",
          "iframe",
          "select",
          "option",
          "button",
          "input",
          "textarea",
          "svg",
          "canvas",
          "object",
          "embed",
          "map");

  private static final Set<String> BLOCK =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "header",
          "footer",
          "aside",
          "nav",
          "li",
          "ul",
          "ol",
          "dl",
          "dt",
          "dd",
          "blockquote",
          "pre",
          "form",
          "center",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "td",
          "th",
          "caption",
          "hr",
          "figure",
          "figcaption",
          "address",
          "fieldset",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "body",
          "html");

  private static final int MAX_DEPTH = 200;

  private final ReadLimits limits;
  private final Diagnostics diags;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> pending = new ArrayList<>();
  private int seen;

  HtmlBlocks(ReadLimits limits, Diagnostics diags) {
    this.limits = limits;
    this.diags = diags;
  }

  List<Block> read(Element body) {
    if (body != null) {
      walk(body, 0);
      flush(body);
    }
    if (seen > limits.maxLines()) {
      diags.add(Severity.WARNING, HtmlCodes.LIMIT_BLOCKS, SourceRef.NONE, limits.maxLines(), seen);
    }
    return blocks;
  }

  private void walk(Element e, int depth) {
    String tag = e.normalName();
    if (SKIP.contains(tag) || depth > MAX_DEPTH) {
      return;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      flush(e);
      add(new Block.Heading(clip(joined(e), e), tag.charAt(1) - '0', path(e)));
      return;
    }
    if (tag.equals("table")
        && e.selectFirst("table table") == null
        && e.getElementsByTag("table").size() == 1) {
      flush(e);
      Element caption = e.selectFirst("caption");
      if (caption != null && !joined(caption).isEmpty()) {
        add(new Block.Paragraph(clip(joined(caption), caption), path(caption)));
      }
      Block.Grid g = new TableGrid(e, path(e), limits, diags).grid();
      if (!g.rows().isEmpty()) {
        add(g);
      }
      return;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        inline(t.getWholeText());
      } else if (n instanceof Element c) {
        if (c.normalName().equals("br")) {
          pending.add("\n");
        } else if (BLOCK.contains(c.normalName())) {
          flush(e);
          walk(c, depth + 1);
          flush(c);
        } else if (!SKIP.contains(c.normalName())) {
          walkInline(c, depth + 1);
        }
      }
    }
  }

  /**
   * Inline elements (span, a, b, font …) add to the pending text; a block inside one is a block.
   */
  private void walkInline(Element e, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        inline(t.getWholeText());
      } else if (n instanceof Element c) {
        String tag = c.normalName();
        if (tag.equals("br")) {
          pending.add("\n");
        } else if (BLOCK.contains(tag)) {
          flush(e);
          walk(c, depth + 1);
          flush(c);
        } else if (!SKIP.contains(tag)) {
          walkInline(c, depth + 1);
        }
      }
    }
  }

  private void inline(String text) {
    pending.add(text);
  }

  /** The pending inline text as paragraphs, one per line that a {@code <br>} ended. */
  private void flush(Element at) {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder();
    for (String s : pending) {
      if (s.equals("\n")) {
        paragraph(line, at);
        line.setLength(0);
      } else {
        line.append(s);
      }
    }
    paragraph(line, at);
    pending.clear();
  }

  private void paragraph(StringBuilder raw, Element at) {
    String t = normalise(raw);
    if (!t.isEmpty()) {
      add(new Block.Paragraph(clip(t, at), path(at)));
    }
  }

  private void add(Block b) {
    seen++;
    if (seen <= limits.maxLines()) {
      blocks.add(b);
    }
  }

  private String clip(String t, Element at) {
    if (t.length() <= limits.maxTextLength()) {
      return t;
    }
    diags.add(Severity.WARNING, HtmlCodes.LIMIT_TEXT, path(at), limits.maxTextLength(), t.length());
    return t.substring(0, limits.maxTextLength());
  }

  /** Whitespace as a browser shows it: runs collapse to one space, no-break spaces included. */
  static String normalise(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isWhitespace(ch) || ch == '\u00A0') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** An element's text with its {@code <br>} and block breaks joined as wrapped lines. */
  static String joined(Element e) {
    List<String> lines = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    collect(e, lines, cur, 0);
    lines.add(cur.toString());
    StringBuilder sb = new StringBuilder();
    for (String l : lines) {
      WrappedText.appendLine(sb, normalise(l));
    }
    return sb.toString();
  }

  private static void collect(Element e, List<String> lines, StringBuilder cur, int depth) {
    if (depth > MAX_DEPTH) {
      return;
    }
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        cur.append(t.getWholeText());
      } else if (n instanceof Element c && !SKIP.contains(c.normalName())) {
        boolean block = c.normalName().equals("br") || BLOCK.contains(c.normalName());
        if (block) {
          lines.add(cur.toString());
          cur.setLength(0);
        }
        collect(c, lines, cur, depth + 1);
        if (block) {
          lines.add(cur.toString());
          cur.setLength(0);
        }
      }
    }
  }

  /** A short element path from the body: {@code body>div[2]>table[1]}. */
  static SourceRef path(Element e) {
    List<String> parts = new ArrayList<>();
    for (Element x = e; x != null && parts.size() < 12; x = x.parent()) {
      String tag = x.normalName();
      if (tag.equals("html") || tag.equals("#root")) {
        break;
      }
      if (tag.equals("body")) {
        parts.add(tag);
        break;
      }
      int index = 1;
      for (Element s = x.previousElementSibling(); s != null; s = s.previousElementSibling()) {
        if (s.normalName().equals(tag)) {
          index++;
        }
      }
      parts.add(tag + "[" + index + "]");
    }
    StringBuilder sb = new StringBuilder();
    for (int i = parts.size() - 1; i >= 0; i--) {
      sb.append(parts.get(i));
      if (i > 0) {
        sb.append('>');
      }
    }
    return SourceRef.page(0, sb.toString());
  }

  /** A grid cell of empty text at a place. */
  static GridCell empty(SourceRef at) {
    return GridCell.of("", at);
  }
}
