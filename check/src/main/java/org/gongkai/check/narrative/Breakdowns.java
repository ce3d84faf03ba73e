package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gongkai.check.Comparisons;
import org.gongkai.check.Interval;
import org.gongkai.model.Money;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.SubjectKind;

/** Sums of a breakdown's parts, and which breakdowns are known to list all of their total. */
final class Breakdowns {

  private Breakdowns() {}

  /** Σ of the money parts only. */
  static Interval moneyParts(BreakdownClaim b) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    for (BreakdownClaim.Part p : b.parts()) {
      if (!p.isRate()) {
        sum = sum.plus(Interval.of(p.amount()));
      }
    }
    return sum;
  }

  /** Σ of all parts, rates priced as rate × count. */
  static Interval allParts(BreakdownClaim b) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    for (BreakdownClaim.Part p : b.parts()) {
      sum = sum.plus(value(p));
    }
    return sum;
  }

  static Interval value(BreakdownClaim.Part p) {
    return p.isRate()
        ? Interval.of(p.rate().perUnit()).times(p.rate().count())
        : Interval.of(p.amount());
  }

  /** True when the list has rates and every one is labelled a standard (标准). */
  static boolean ratesAreStandards(BreakdownClaim b) {
    List<BreakdownClaim.Part> rates =
        b.parts().stream().filter(BreakdownClaim.Part::isRate).toList();
    return !rates.isEmpty() && rates.stream().allMatch(p -> p.label().contains("标准"));
  }

  /** "A 36.20 万元 + B 0.15 万元/月 × 12": the parts as the sum was made. */
  static String describe(BreakdownClaim b) {
    List<String> items = new ArrayList<>();
    for (BreakdownClaim.Part p : b.parts()) {
      String v =
          p.isRate()
              ? Comparisons.printed(p.rate().perUnit())
                  + "/"
                  + p.rate().per()
                  + " × "
                  + p.rate().count().toPlainString()
              : Comparisons.printed(p.amount());
      items.add(p.label() + " " + v);
    }
    return String.join(" + ", items);
  }

  private static final List<Set<SubjectKind>> PARTITIONS =
      List.of(
          EnumSet.of(SubjectKind.BASIC, SubjectKind.PROJECT_EXPENDITURE),
          EnumSet.of(SubjectKind.PERSONNEL, SubjectKind.OPERATING),
          EnumSet.of(
              SubjectKind.PROCUREMENT_GOODS,
              SubjectKind.PROCUREMENT_WORKS,
              SubjectKind.PROCUREMENT_SERVICES),
          EnumSet.of(SubjectKind.OVERSEAS_TRAVEL, SubjectKind.RECEPTION, SubjectKind.VEHICLES),
          EnumSet.of(
              SubjectKind.OVERSEAS_TRAVEL,
              SubjectKind.RECEPTION,
              SubjectKind.VEHICLE_PURCHASE,
              SubjectKind.VEHICLE_OPERATION),
          EnumSet.of(SubjectKind.VEHICLE_PURCHASE, SubjectKind.VEHICLE_OPERATION));

  /**
   * True when the parts are known to make up the whole total: a project's allocation, or parts that
   * are together one of the standard partitions (基本支出 + 项目支出, 人员经费 + 公用经费, …).
   */
  static boolean complete(BreakdownClaim b) {
    if (b.subject().kind() == SubjectKind.PROJECT) {
      return true;
    }
    Set<SubjectKind> kinds = EnumSet.noneOf(SubjectKind.class);
    for (BreakdownClaim.Part p : b.parts()) {
      kinds.add(p.subject().kind());
    }
    return PARTITIONS.contains(kinds);
  }

  static Money total(BreakdownClaim b) {
    return b.total();
  }
}
