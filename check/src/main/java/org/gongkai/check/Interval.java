package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * The range of true values a printed figure (or a sum of printed figures) can stand for, in 元:
 * 1,807.53 万元 stands for [18,075,250, 18,075,350] 元. Printed rounding is half-up, so the bounds
 * themselves are reached only in the limit; {@link #overlaps} therefore asks for a strict overlap
 * unless the centres coincide. Comparisons are built on intervals, never on a guessed epsilon.
 *
 * @param centre the printed value (or the sum of printed values), in 元
 * @param radius the most the true value can differ from the centre, in 元
 */
public record Interval(BigDecimal centre, BigDecimal radius) {

  public Interval {
    Objects.requireNonNull(centre, "centre");
    Objects.requireNonNull(radius, "radius");
    if (radius.signum() < 0) {
      throw new IllegalArgumentException("negative radius: " + radius);
    }
  }

  /** What a printed amount stands for: its value ± half a unit of its last printed digit. */
  public static Interval of(Money printed) {
    int scale = Math.max(printed.amount().scale(), 0);
    // half a unit of the last digit: 5 × 10^-(scale+1) of the unit, without a division
    BigDecimal half = BigDecimal.valueOf(5, scale + 1);
    if (printed.unit() == org.gongkai.model.MoneyUnit.YUAN) {
      return new Interval(printed.amount(), half);
    }
    BigDecimal perUnit = printed.unit().inYuan();
    return new Interval(printed.amount().multiply(perUnit), half.multiply(perUnit));
  }

  /** An exact value (a count, a computed figure that was never rounded). */
  public static Interval exact(BigDecimal yuan) {
    return new Interval(yuan, BigDecimal.ZERO);
  }

  public BigDecimal low() {
    return centre.subtract(radius);
  }

  public BigDecimal high() {
    return centre.add(radius);
  }

  /** The range of a sum: centres add, and so do the radii. */
  public Interval plus(Interval o) {
    return new Interval(centre.add(o.centre), radius.add(o.radius));
  }

  public Interval minus(Interval o) {
    return new Interval(centre.subtract(o.centre), radius.add(o.radius));
  }

  /** The interval scaled by an exact factor (a count, 12 months). */
  public Interval times(BigDecimal factor) {
    return new Interval(centre.multiply(factor), radius.multiply(factor.abs()));
  }

  /**
   * True when some true value lies in both ranges: the distance between centres is below the sum of
   * the radii (or zero).
   */
  public boolean overlaps(Interval o) {
    BigDecimal gap = centre.subtract(o.centre).abs();
    return gap.signum() == 0 || gap.compareTo(radius.add(o.radius)) < 0;
  }

  /**
   * The range of {@code this / denominator × 100} in percent, when the denominator's range excludes
   * zero; used for shares (占 x%) and growth rates.
   */
  public Interval percentOf(Interval denominator) {
    if (denominator.low().signum() <= 0 && denominator.high().signum() >= 0) {
      throw new ArithmeticException("denominator range includes zero: " + denominator);
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    BigDecimal[] candidates = {
      ratio(low(), denominator.low()),
      ratio(low(), denominator.high()),
      ratio(high(), denominator.low()),
      ratio(high(), denominator.high())
    };
    BigDecimal min = candidates[0];
    BigDecimal max = candidates[0];
    for (BigDecimal c : candidates) {
      min = min.min(c);
      max = max.max(c);
    }
    BigDecimal mid = ratio(centre, denominator.centre);
    BigDecimal radius = max.subtract(mid).max(mid.subtract(min));
    return new Interval(mid.multiply(hundred), radius.multiply(hundred));
  }

  private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
    return a.divide(b, 12, RoundingMode.HALF_EVEN);
  }
}
