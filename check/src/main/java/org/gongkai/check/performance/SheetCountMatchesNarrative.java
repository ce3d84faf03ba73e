package org.gongkai.check.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Part;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Money;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;

/**
 * The narrative's count of projects under performance management (财政拨款项目 N 个, 涉及金额 X 万元; 非财政拨款项目 M
 * 个 …) matches the sheets published: fiscally funded sheets and the others, by count and amount.
 */
public final class SheetCountMatchesNarrative implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-011", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  private static final Pattern STATED =
      Pattern.compile(
          "(非)?财政(?:拨款|资金)项目(\\d+)个(?:[，,；;]?(?:涉及)?(?:预算)?(?:金额|资金)(\\d[\\d,]*(?:\\.\\d+)?)万元)?");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    List<PerformanceTargets> sheets = ctx.disclosure().performance();
    boolean any = false;
    for (NarrativeSection section : ctx.disclosure().narrative()) {
      for (Paragraph p : section.allParagraphs()) {
        if (p.text().indexOf("项目") < 0 || p.text().indexOf('个') < 0) {
          continue;
        }
        Matcher m = STATED.matcher(TableView.compact(p.text()));
        while (m.find()) {
          any = true;
          compare(ctx, out, p, m, sheets, m.group(1) == null);
        }
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  private static void compare(
      RuleContext ctx,
      Outcomes out,
      Paragraph p,
      Matcher m,
      List<PerformanceTargets> sheets,
      boolean fiscal) {
    List<Money> funds = new ArrayList<>();
    for (PerformanceTargets s : sheets) {
      if (isFiscal(s) == fiscal) {
        funds.add(fiscal ? s.fundsFiscal().money() : total(s));
      }
    }
    Location where = Location.narrative("", -1, p.source()).inPart(Part.PERFORMANCE);
    String variant = fiscal ? "fiscal" : "other";
    int stated = Integer.parseInt(m.group(2));
    if (stated != funds.size()) {
      out.fail(
          Severity.ERROR, variant, where, String.valueOf(funds.size()), String.valueOf(stated));
      return;
    }
    if (m.group(3) != null && !funds.isEmpty()) {
      Money amount = Money.wan(m.group(3).replace(",", ""));
      var c = ctx.comparisons().sums(funds, List.of(amount));
      if (!c.ok()) {
        out.fail(
            Severity.ERROR,
            variant + "-amount",
            where,
            Comparisons.printed(c.expected()),
            Comparisons.printed(amount));
        return;
      }
    }
    out.pass(where);
  }

  private static boolean isFiscal(PerformanceTargets s) {
    return s.fundsFiscal() != null && s.fundsFiscal().money().signum() > 0;
  }

  private static Money total(PerformanceTargets s) {
    if (s.fundsTotal() != null) {
      return s.fundsTotal().money();
    }
    return s.fundsOther() != null ? s.fundsOther().money() : Money.wan("0");
  }
}
