package org.gongkai.check.performance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.check.Comparison;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.PerformanceTargets;

/**
 * The money indicators of a sheet (its cost indicators, and money targets filed elsewhere) add up
 * to the project's funds. A rate (万元/月, 元/人) counts only when exactly one quantity indicator in the
 * rate's unit makes it an amount; otherwise the sheet cannot be checked (insufficient data).
 */
public final class CostIndicatorsAddUpToFunds extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-009", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    List<Sheets.Read> read = Sheets.read(ctx, s);
    List<Sheets.Read> money = new ArrayList<>();
    for (Sheets.Read r : read) {
      if (r.hasNumber() && r.targetIsMoney()) {
        money.add(r);
      }
    }
    if (money.isEmpty() || s.fundsTotal() == null) {
      return false;
    }
    Location where = Location.of(s);
    Interval sum = Interval.exact(BigDecimal.ZERO);
    Set<Sheets.Read> countsUsed = new HashSet<>();
    for (Sheets.Read r : money) {
      Optional<Interval> amount = amount(r, read, countsUsed);
      if (amount.isEmpty()) {
        out.insufficientData(Location.of(s, r.indicator()), "rate-not-computable", r.targetUnit());
        return true;
      }
      sum = sum.plus(amount.get());
    }
    Comparison c = ctx.comparisons().range(sum, s.fundsTotal().money());
    FigureChecks.report(out, where, c, "", money.size());
    return true;
  }

  /** The indicator as an amount in 元: a plain amount, or a rate times its one matching count. */
  private static Optional<Interval> amount(
      Sheets.Read r, List<Sheets.Read> all, Set<Sheets.Read> countsUsed) {
    String unit = r.targetUnit();
    int slash = unit.indexOf('/');
    MoneyUnit mu = unit.startsWith("万元") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    if (unit.startsWith("亿元")) {
      return Optional.empty();
    }
    Interval value = Interval.of(new Money(r.indicator().value(), mu));
    if (slash < 0) {
      return Optional.of(value);
    }
    String per = unit.substring(slash + 1);
    List<Sheets.Read> counts = new ArrayList<>();
    for (Sheets.Read c : all) {
      if (c.hasNumber() && !c.targetIsMoney() && c.targetUnit().equals(per)) {
        counts.add(c);
      }
    }
    if (counts.size() != 1 || !countsUsed.add(counts.get(0)) || sharedRate(r, all, per)) {
      return Optional.empty();
    }
    return Optional.of(value.times(counts.get(0).indicator().value()));
  }

  /** True when another rate uses the same denominator: the count cannot be given to both. */
  private static boolean sharedRate(Sheets.Read r, List<Sheets.Read> all, String per) {
    for (Sheets.Read o : all) {
      if (o != r && o.hasNumber() && o.targetIsMoney() && o.targetUnit().endsWith("/" + per)) {
        return true;
      }
    }
    return false;
  }
}
