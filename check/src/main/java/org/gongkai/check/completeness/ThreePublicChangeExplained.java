package org.gongkai.check.completeness;

import java.util.List;
import java.util.Optional;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;

/** The 三公经费 section gives the reasons for the change against last year (财预〔2016〕143号). */
public final class ThreePublicChangeExplained implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-011", RuleFamily.COMPLETENESS, Severity.WARNING).build();

  private static final List<String> REASONS =
      List.of("原因", "由于", "因为", "主要是", "用于", "持平", "未安排", "无变化", "没有变化");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Optional<NarrativeSection> section = Texts.sectionTitled(ctx.disclosure(), "三公");
    if (section.isEmpty()) {
      out.notApplicable("not-stated");
      return;
    }
    NarrativeSection s = section.get();
    Location where =
        Location.narrative(s.label() + "、" + s.title(), -1, s.source()).inPart(Part.COMPLETENESS);
    for (Paragraph p : s.allParagraphs()) {
      String text = TableView.compact(p.text());
      if (REASONS.stream().anyMatch(text::contains)) {
        out.pass(where);
        return;
      }
    }
    out.fail(where, "", "");
  }
}
