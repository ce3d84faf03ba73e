package org.gongkai.check;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;

/**
 * Compares printed figures with a computed rounding envelope. A printed figure stands for the
 * values that round to it (± half a unit of its last printed digit); a sum of n printed parts may
 * therefore differ from its printed total by less than (n + 1) × that half unit when all are
 * printed to the same precision, and two printings of one quantity must stand for overlapping
 * ranges. 元 and 万元 are converted exactly. There is no hidden epsilon: the only extra allowance is
 * the profile's materiality (default zero), which a pass that needed it reports.
 *
 * <p>Immutable and thread-safe.
 */
public final class Comparisons {

  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  private final BigDecimal materialityYuan;

  /** Comparisons with the given materiality (zero for none). */
  public Comparisons(Money materiality) {
    Objects.requireNonNull(materiality, "materiality");
    if (materiality.signum() < 0) {
      throw new IllegalArgumentException("materiality must not be negative: " + materiality);
    }
    this.materialityYuan = materiality.yuanValue();
  }

  /** Comparisons without materiality: only rounding is forgiven. */
  public static Comparisons exact() {
    return new Comparisons(Money.yuan("0"));
  }

  /** The materiality in 元. */
  public BigDecimal materialityYuan() {
    return materialityYuan;
  }

  /** Does the printed total equal the sum of the printed parts? */
  public Comparison sum(Money total, List<Money> parts) {
    Interval sum = Interval.exact(BigDecimal.ZERO);
    BigDecimal inTotalUnit = BigDecimal.ZERO.setScale(Math.max(total.amount().scale(), 0));
    boolean sameUnit = true;
    for (Money p : parts) {
      sum = sum.plus(Interval.of(p));
      sameUnit &= p.unit() == total.unit();
      if (sameUnit) {
        inTotalUnit = inTotalUnit.add(p.amount());
      }
    }
    // the sum shown in the total's unit: plain addition when the units agree (the usual case)
    Money expected =
        sameUnit
            ? new Money(inTotalUnit, total.unit())
            : inUnit(sum.centre(), total.unit(), total.amount().scale());
    return compare(expected, sum, total);
  }

  /**
   * Do two sums of printed figures (each side possibly one figure) stand for the same quantity? The
   * envelope covers every figure on both sides. Each list must hold at least one figure.
   */
  public Comparison sums(List<Money> expected, List<Money> actual) {
    Interval e = Interval.exact(BigDecimal.ZERO);
    for (Money m : expected) {
      e = e.plus(Interval.of(m));
    }
    Interval a = Interval.exact(BigDecimal.ZERO);
    for (Money m : actual) {
      a = a.plus(Interval.of(m));
    }
    Money shownExpected = total(expected);
    Money shownActual = total(actual);
    return compare(shownExpected, e, shownActual, a);
  }

  private static Money total(List<Money> parts) {
    Money sum = parts.get(0);
    for (int i = 1; i < parts.size(); i++) {
      sum = sum.plus(parts.get(i));
    }
    return sum;
  }

  /** Are these two printings of one quantity consistent? {@code expected} is the reference. */
  public Comparison same(Money expected, Money actual) {
    return compare(expected, Interval.of(expected), actual);
  }

  /** Compares a computed range (e.g. a rate × a count) with a printed figure. */
  public Comparison range(Interval expected, Money actual) {
    Money shown = inUnit(expected.centre(), actual.unit(), actual.amount().scale());
    return compare(shown, expected, actual);
  }

  private Comparison compare(Money expectedShown, Interval expected, Money actual) {
    return compare(expectedShown, expected, actual, Interval.of(actual));
  }

  private Comparison compare(Money expectedShown, Interval expected, Money actual, Interval found) {
    BigDecimal diff = found.centre().subtract(expected.centre());
    BigDecimal envelope = expected.radius().add(found.radius());
    Comparison.Verdict verdict;
    if (expected.overlaps(found)) {
      verdict = Comparison.Verdict.EQUAL;
    } else if (diff.abs().compareTo(materialityYuan) <= 0) {
      verdict = Comparison.Verdict.WITHIN_MATERIALITY;
    } else {
      verdict = Comparison.Verdict.DIFFERENT;
    }
    boolean confusion =
        verdict == Comparison.Verdict.DIFFERENT && tenThousandApart(expected, found);
    return new Comparison(expectedShown, actual, diff, envelope, verdict, confusion);
  }

  private static boolean tenThousandApart(Interval expected, Interval found) {
    if (expected.centre().signum() == 0 || found.centre().signum() == 0) {
      return false;
    }
    return expected.overlaps(found.times(TEN_THOUSAND))
        || found.overlaps(expected.times(TEN_THOUSAND));
  }

  /** A value in 元 shown in a unit with at least the given number of decimals, never rounded. */
  static Money inUnit(BigDecimal yuan, MoneyUnit unit, int minScale) {
    BigDecimal v = new Money(yuan, MoneyUnit.YUAN).in(unit).amount().stripTrailingZeros();
    if (v.scale() < minScale) {
      v = v.setScale(minScale);
    }
    return new Money(v, unit);
  }

  /** A figure as printed in reports: grouping separators, its own decimals, its unit. */
  public static String printed(Money m) {
    BigDecimal a = m.amount();
    if (a.scale() < 0) {
      a = a.setScale(0);
    }
    String plain = a.abs().toPlainString();
    int dot = plain.indexOf('.');
    int intEnd = dot < 0 ? plain.length() : dot;
    StringBuilder sb = new StringBuilder(plain.length() + 8);
    if (a.signum() < 0) {
      sb.append('-');
    }
    for (int i = 0; i < intEnd; i++) {
      if (i > 0 && (intEnd - i) % 3 == 0) {
        sb.append(',');
      }
      sb.append(plain.charAt(i));
    }
    sb.append(plain, intEnd, plain.length());
    return sb.append(' ').append(m.unit().label()).toString();
  }
}
