package org.gongkai.write;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TocEntry;
import org.gongkai.write.format.Document;
import org.gongkai.write.format.Document.Block;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.ledger.LayoutForm;
import org.gongkai.write.narrative.Narrative;

/** Puts the parts of a disclosure in the order its layout prints them. */
final class DocumentComposer {

  private final BudgetData.Unit unit;
  private final LayoutForm form;
  private final List<Table> tables;
  private final Narrative narrative;
  private final List<Block> blocks = new ArrayList<>();

  DocumentComposer(BudgetData.Unit unit, LayoutForm form, List<Table> tables, Narrative narrative) {
    this.unit = unit;
    this.form = form;
    this.tables = tables;
    this.narrative = narrative;
  }

  private String msg(String key, Object... args) {
    return WriteMessages.format(key, args);
  }

  Document compose() {
    if (form.narrative() == LayoutForm.NarrativePlan.XINJIANG) {
      xinjiang();
    } else {
      shanghai();
    }
    if (unit.date() != null) {
      blocks.add(
          new Document.SignOff(
              unit.name(),
              msg(
                  "date",
                  unit.date().getYear(),
                  unit.date().getMonthValue(),
                  unit.date().getDayOfMonth())));
    }
    List<Block> out = new ArrayList<>();
    out.add(blocks.get(0));
    out.add(new Document.Contents(contents()));
    out.add(new Document.PageBreak());
    out.addAll(blocks.subList(1, blocks.size()));
    return new Document(title(), out);
  }

  String title() {
    return form.narrative() == LayoutForm.NarrativePlan.XINJIANG
        ? msg("doc.xj.title", unit.year(), unit.scope().label())
        : unit.coverTitle().isEmpty()
            ? msg("doc.sh.title", unit.year(), unit.scope().label())
            : unit.coverTitle();
  }

  /** The table of contents: parts and sections, as the headings print them. */
  List<TocEntry> contents() {
    List<TocEntry> out = new ArrayList<>();
    boolean shanghai = form.narrative() == LayoutForm.NarrativePlan.SHANGHAI;
    for (Block b : blocks) {
      // Shanghai's contents list the parts and the tables only; Xinjiang's the sections too.
      if (b instanceof Document.Heading h && h.level() <= (shanghai ? 1 : 2)) {
        out.add(new TocEntry(h.level(), h.label(), h.title(), SourceRef.NONE));
      } else if (b instanceof Document.TableBlock t) {
        int n = t.table().number();
        String label = shanghai ? String.valueOf(n) : LabelNumbers.chinese(n);
        out.add(new TocEntry(2, label, t.table().title(), SourceRef.NONE));
      }
    }
    return out;
  }

  private void xinjiang() {
    blocks.add(new Document.Cover(List.of(unit.name(), title())));
    String scope = unit.scope().label();
    blocks.add(new Document.Heading(1, "第一部分", msg("doc.xj.part1", unit.name(), scope)));
    blocks.add(new Document.Heading(2, "一", msg("doc.functions")));
    paragraphs(narrative.overview().functions());
    blocks.add(new Document.Heading(2, "二", msg("doc.organisation")));
    paragraphs(narrative.overview().organisation());
    blocks.add(new Document.PageBreak());
    blocks.add(new Document.Heading(1, "第二部分", msg("doc.xj.part2", unit.year(), scope)));
    tables();
    blocks.add(new Document.Heading(1, "第三部分", msg("doc.xj.part3", unit.year(), unit.name())));
    sections(narrative.sections(), 2);
    blocks.add(new Document.PageBreak());
    blocks.add(new Document.Heading(1, "第四部分", msg("doc.glossary")));
    glossary(true);
  }

  private void shanghai() {
    String scope = unit.scope().label();
    String coverLine =
        msg(
            unit.scope() == org.gongkai.model.Scope.UNIT ? "doc.sh.unitLine" : "doc.sh.deptLine",
            unit.name());
    blocks.add(new Document.Cover(List.of(title(), coverLine)));
    blocks.add(new Document.Heading(1, "一", msg("doc.sh.functions", scope)));
    paragraphs(narrative.overview().functions());
    blocks.add(new Document.Heading(1, "二", msg("doc.sh.organisation", scope)));
    paragraphs(narrative.overview().organisation());
    blocks.add(new Document.Heading(1, "三", msg("doc.glossary")));
    glossary(false);
    blocks.add(new Document.PageBreak());
    sections(narrative.sections().subList(0, 1), 1);
    blocks.add(new Document.PageBreak());
    blocks.add(new Document.Heading(1, "五", msg("doc.sh.tables", scope)));
    tables();
    sections(narrative.sections().subList(1, narrative.sections().size()), 1);
  }

  private void paragraphs(List<Paragraph> ps) {
    ps.forEach(p -> blocks.add(new Document.Text(p.text())));
  }

  private void tables() {
    for (int i = 0; i < tables.size(); i++) {
      blocks.add(
          new Document.TableBlock(tables.get(i), form.numberedTitles(), form.preparerLabel()));
      blocks.add(new Document.PageBreak());
    }
  }

  private void sections(List<NarrativeSection> sections, int level) {
    for (NarrativeSection s : sections) {
      blocks.add(new Document.Heading(level, s.label(), s.title()));
      paragraphs(s.paragraphs());
      if (s.title().equals(narrative.performanceSection())) {
        for (PerformanceTargets sheet : narrative.performance()) {
          blocks.add(new Document.SheetBlock(sheet));
        }
      }
      sections(s.subsections(), level + 1);
    }
  }

  private void glossary(boolean numbered) {
    int n = 0;
    for (GlossaryEntry g : narrative.glossary()) {
      n++;
      String label = numbered ? LabelNumbers.chinese(n) + "、" : "（" + LabelNumbers.chinese(n) + "）";
      blocks.add(new Document.Text(label + g.term() + "：" + g.definition()));
    }
  }
}
