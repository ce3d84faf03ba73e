package org.gongkai.check.completeness;

import java.util.List;
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
import org.gongkai.model.Table;

/**
 * A table published without figures says why: a note under it, or a sentence of the narrative that
 * names the table and declares it empty (the layout's empty-table phrases).
 */
public final class EmptyTableExplained implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-002", RuleFamily.COMPLETENESS, Severity.WARNING).build();

  private static final List<String> DEFAULT_PHRASES = List.of("空表", "无此项", "未安排", "没有");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    List<String> phrases =
        ctx.layout()
            .map(l -> l.emptyTablePhrases())
            .filter(p -> !p.isEmpty())
            .orElse(DEFAULT_PHRASES);
    for (Table t : ctx.disclosure().tables()) {
      if (!t.hasNoFigures()) {
        continue;
      }
      any = true;
      Location where = Location.of(t).inPart(Part.COMPLETENESS);
      if (t.declaredEmpty() || explainedInNarrative(ctx, t, phrases)) {
        out.pass(where);
      } else {
        out.fail(where, "", "", t.displayName());
      }
    }
    if (!any) {
      out.notApplicable("no-empty-table");
    }
  }

  private static boolean explainedInNarrative(RuleContext ctx, Table t, List<String> phrases) {
    String title = TableView.compact(t.title());
    for (NarrativeSection s : Texts.sections(ctx.disclosure())) {
      for (Paragraph p : s.paragraphs()) {
        String text = TableView.compact(p.text());
        if (text.contains(title) && phrases.stream().anyMatch(text::contains)) {
          return true;
        }
      }
    }
    return false;
  }
}
