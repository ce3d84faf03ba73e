package org.gongkai.check.narrative;

import java.util.HashMap;
import java.util.Map;
import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.Quantity;
import org.gongkai.model.claim.SubjectKind;

/**
 * The narrative states the same item's amount the same way everywhere: 基本支出 in the expenditure
 * section and again in the general-public section, a class in its list and in its details. Two
 * mentions are the same item when they are bound to the same cell, or — for quantities only the
 * narrative states — when they have the same subject.
 */
public final class SameItemSameAmount implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-012", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    Map<String, AmountClaim> first = new HashMap<>();
    boolean any = false;
    for (AmountClaim a : ClaimRules.claims(ctx, AmountClaim.class)) {
      String key = key(a);
      if (key == null || a.measure() != Measure.THIS_YEAR) {
        continue;
      }
      AmountClaim earlier = first.putIfAbsent(key, a);
      if (earlier == null) {
        continue;
      }
      any = true;
      Location where = ClaimRules.where(a);
      Comparison c = compare(ctx, earlier, a);
      if (c.ok()) {
        out.pass(where);
      } else {
        out.fail(
            where,
            Comparisons.printed(earlier.amount()),
            Comparisons.printed(a.amount()),
            a.subject().name(),
            ClaimRules.where(earlier).describe());
      }
    }
    if (!any) {
      out.notApplicable("not-repeated");
    }
  }

  /** An amount stated as 未安排 is an exact zero, not a zero rounded to a whole 万元. */
  private static Comparison compare(RuleContext ctx, AmountClaim earlier, AmountClaim later) {
    Interval zero = Interval.exact(java.math.BigDecimal.ZERO);
    if (earlier.nil()) {
      return ctx.comparisons().range(zero, later.amount());
    }
    if (later.nil()) {
      return ctx.comparisons().range(zero, earlier.amount());
    }
    return ctx.comparisons().same(earlier.amount(), later.amount());
  }

  /** The cell it is bound to; else its subject when only the narrative states it; else none. */
  private static String key(AmountClaim a) {
    if (a.binding().isBound()) {
      Quantity q = a.binding().quantity();
      return q.table()
          + "/"
          + q.tableNumber()
          + "/"
          + q.row()
          + "/"
          + q.side()
          + "/"
          + q.column()
          + "/"
          + q.columnHeader();
    }
    SubjectKind k = a.subject().kind();
    if (k == SubjectKind.OTHER
        || k == SubjectKind.FUNCTIONAL_CLASS
        || k == SubjectKind.ECONOMIC_CLASS) {
      return null;
    }
    return a.subject().key();
  }
}
