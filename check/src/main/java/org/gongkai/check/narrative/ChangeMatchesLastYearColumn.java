package org.gongkai.check.narrative;

import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ChangeClaim;

/**
 * Where the table prints last year's figure beside this year's total, a change the narrative states
 * is this year's figure minus last year's (amount) and that difference over last year's (percent).
 */
public final class ChangeMatchesLastYearColumn implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-008", RuleFamily.NARRATIVE, Severity.ERROR)
          .roles(ColumnRole.LAST_YEAR)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<ClaimRules.Bound> b = ClaimRules.bound(ctx, c.binding());
      Optional<Column> last =
          b.filter(ChangeMatchesLastYearColumn::totalColumn)
              .flatMap(x -> x.view().column(ColumnRole.LAST_YEAR, x.column().side()));
      if (last.isEmpty() || (c.amount() == null && c.percent() == null)) {
        continue;
      }
      any = true;
      CellValue now = b.get().value();
      CellValue before = ctx.value(b.get().view(), b.get().row(), last.get());
      Location where = ClaimRules.where(c);
      if (!now.isNumber() || !before.isNumber() || b.get().unit().isEmpty()) {
        boolean blank = now.isBlank() || before.isBlank();
        out.insufficientData(where, blank ? "blank-cell" : "not-a-number");
        continue;
      }
      check(ctx, out, c, now.money(), before.money(), where, before.location());
    }
    if (!any) {
      out.notApplicable("column-missing");
    }
  }

  /** A last-year column is the last year of the row's total, not of its basic or project part. */
  private static boolean totalColumn(ClaimRules.Bound b) {
    ColumnRole r = b.column().role();
    return r == ColumnRole.TOTAL || r == ColumnRole.ACTUAL;
  }

  private static void check(
      RuleContext ctx,
      Outcomes out,
      ChangeClaim c,
      Money now,
      Money before,
      Location where,
      Location last) {
    Interval diff = Interval.of(now).minus(Interval.of(before));
    Optional<Money> signed = c.signedAmount();
    if (signed.isPresent()) {
      org.gongkai.check.Comparison r = ctx.comparisons().range(diff, signed.get());
      FigureChecks.report(out, where, r, "", r.ok() ? "" : last.describe());
      return;
    }
    Optional<Interval> pct = Percents.of(diff, Interval.of(before));
    if (c.percent() == null || pct.isEmpty()) {
      out.insufficientData(where, "not-stated");
      return;
    }
    Interval abs = new Interval(pct.get().centre().abs(), pct.get().radius());
    if (Percents.agree(abs, c.percent())) {
      out.pass(where);
    } else {
      out.fail(
          Severity.ERROR,
          "percent",
          where,
          Percents.shown(abs, c.percent()),
          Percents.shown(c.percent()),
          "",
          "",
          last.describe());
    }
  }
}
