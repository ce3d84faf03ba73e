package org.gongkai.write.format;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Table;
import org.gongkai.model.TocEntry;

/**
 * A disclosure as a sequence of printable blocks in document order — cover, contents, headings,
 * paragraphs, tables, performance sheets, page breaks. Every output format renders the same
 * sequence, so HTML, PDF, DOCX and text show the same document.
 */
public record Document(String title, List<Block> blocks) {

  public Document {
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }

  /** One printable part of a document. */
  public sealed interface Block
      permits Cover, Contents, Heading, Text, TableBlock, SheetBlock, PageBreak, SignOff {}

  /** The cover: its lines, largest first. */
  public record Cover(List<String> lines) implements Block {
    public Cover {
      lines = List.copyOf(lines);
    }
  }

  /** The table of contents. */
  public record Contents(List<TocEntry> entries) implements Block {
    public Contents {
      entries = List.copyOf(entries);
    }
  }

  /**
   * A heading.
   *
   * @param level 1 for a part, 2 for a section, 3 and 4 below
   * @param label its numbering: 第一部分, 一, （一）, 1
   */
  public record Heading(int level, String label, String title) implements Block {
    /** The heading as printed: "第一部分 …", "一、…", "（一）…". */
    public String text() {
      if (label.isEmpty()) {
        return title;
      }
      if (label.startsWith("第")) {
        return label + " " + title;
      }
      if (label.startsWith("（") || label.startsWith("(")) {
        return label + title;
      }
      return label + "、" + title;
    }
  }

  /** A paragraph. */
  public record Text(String text) implements Block {}

  /**
   * A table with its title block.
   *
   * @param numbered true when "表 N" is printed above the title
   * @param preparerLabel 编制单位 or 编制部门
   */
  public record TableBlock(Table table, boolean numbered, String preparerLabel) implements Block {}

  /** A project's performance target sheet. */
  public record SheetBlock(PerformanceTargets sheet) implements Block {}

  /** A page break. */
  public record PageBreak() implements Block {}

  /** The closing lines: the unit and the date. */
  public record SignOff(String unit, String date) implements Block {}
}
