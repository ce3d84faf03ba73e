package org.gongkai.check.performance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.model.Amount;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.PerformanceTargets;

/**
 * The amounts the overall goal states (项目资金 x 万元, 其中财政资金 y 万元, 其他资金 z 万元) agree with the sheet's
 * header. One finding per sheet lists every amount that differs.
 */
public final class GoalAmountsMatchHeader extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-002", RuleFamily.PERFORMANCE, Severity.ERROR).build();

  private static final String AMOUNT = "[:：为是共计合]*\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)";
  private static final Pattern TOTAL =
      Pattern.compile("(?<!财政|其他|财政性|拨款|自筹)(?:资金|总额|总投资|预算|经费)(?:总额|总计|合计)?" + AMOUNT);
  private static final Pattern FISCAL = Pattern.compile("财政(?:性)?(?:资金|拨款)" + AMOUNT);
  private static final Pattern OTHER = Pattern.compile("其他资金" + AMOUNT);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    if (s.overallGoal() == null) {
      return false;
    }
    String goal = TableView.compact(s.overallGoal().text());
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    boolean any = compare(ctx, TOTAL, goal, s.fundsTotal(), "goal.total", expected, actual);
    any |= compare(ctx, FISCAL, goal, s.fundsFiscal(), "goal.fiscal", expected, actual);
    any |= compare(ctx, OTHER, goal, s.fundsOther(), "goal.other", expected, actual);
    if (!any) {
      return false;
    }
    Location where = Location.of(s).withSource(s.overallGoal().source());
    if (expected.isEmpty()) {
      out.pass(where);
    } else {
      out.fail(where, String.join("，", expected), String.join("，", actual));
    }
    return true;
  }

  private static boolean compare(
      RuleContext ctx,
      Pattern p,
      String goal,
      Amount header,
      String label,
      List<String> expected,
      List<String> actual) {
    Optional<Money> stated = first(p, goal);
    if (stated.isEmpty() || header == null) {
      return false;
    }
    if (!ctx.comparisons().same(header.money(), stated.get()).ok()) {
      String name = org.gongkai.check.Messages.text(label);
      expected.add(name + " " + Comparisons.printed(header.money()));
      actual.add(name + " " + Comparisons.printed(stated.get()));
    }
    return true;
  }

  private static Optional<Money> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return Optional.empty();
    }
    MoneyUnit unit = m.group(2).equals("万元") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    return Optional.of(Money.of(m.group(1).replace(",", ""), unit));
  }
}
