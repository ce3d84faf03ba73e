package org.gongkai.read.claim;

import org.gongkai.model.NarrativeSection;
import org.gongkai.model.claim.FundScope;

/**
 * What a narrative section's headings say about its text: its labels (for locations), the fund
 * scope its figures are in (五、一般公共预算当年拨款情况说明 → the general public budget) and its topic.
 *
 * @param labels the section labels from the outermost in ("五 (一)")
 * @param scope the fund scope the headings state, {@link FundScope#ALL} when none
 * @param topic what the section is about
 * @param unitName the publishing unit's name, normalised (ignored in labels)
 */
record SectionContext(String labels, FundScope scope, Topic topic, String unitName) {

  /** What a section is about, as far as reading its claims needs to know. */
  enum Topic {
    GENERAL,
    INCOME,
    EXPENDITURE,
    THREE_PUBLIC,
    AGENCY_OPERATING,
    PROCUREMENT,
    ASSETS,
    PERFORMANCE,
    PROJECTS
  }

  static SectionContext root(BindingContext ctx) {
    return new SectionContext(
        "", FundScope.ALL, Topic.GENERAL, NarrativeText.normalise(ctx.metadata().unitName()));
  }

  SectionContext child(NarrativeSection s) {
    String title = NarrativeText.normalise(s.title());
    String l = labels.isEmpty() ? s.label() : labels + " " + s.label();
    FundScope own = scopeOf(title);
    Topic t = topicOf(title);
    return new SectionContext(
        l, own == null ? scope : own, t == Topic.GENERAL ? topic : t, unitName);
  }

  private static FundScope scopeOf(String title) {
    if (title.contains("一般公共预算")) {
      return FundScope.GENERAL_PUBLIC;
    }
    if (title.contains("政府性基金")) {
      return FundScope.GOV_FUNDS;
    }
    if (title.contains("国有资本经营")) {
      return FundScope.STATE_CAPITAL;
    }
    if (title.contains("财政拨款") && !title.contains("非财政拨款")) {
      return FundScope.FISCAL;
    }
    return null;
  }

  private static Topic topicOf(String title) {
    String[][] words = {
      {"THREE_PUBLIC", "三公"},
      {"AGENCY_OPERATING", "机关运行经费"},
      {"PROCUREMENT", "政府采购"},
      {"ASSETS", "国有资产"},
      {"PERFORMANCE", "绩效"},
      {"PROJECTS", "项目支出"},
      {"INCOME", "收入"},
      {"EXPENDITURE", "支出"},
    };
    for (String[] w : words) {
      if (title.contains(w[1])) {
        return Topic.valueOf(w[0]);
      }
    }
    return Topic.GENERAL;
  }
}
