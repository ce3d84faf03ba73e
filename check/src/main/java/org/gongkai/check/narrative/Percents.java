package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.gongkai.check.Interval;
import org.gongkai.model.Money;

/**
 * Percents as printed and as computed: a printed 95.67% stands for [95.665, 95.675); a computed
 * share carries the rounding of the figures it was computed from. Two agree when their ranges
 * overlap — the tolerance is computed, never guessed.
 */
final class Percents {

  private static final BigDecimal HALF = new BigDecimal("0.5");

  private Percents() {}

  /** What a printed percent stands for. */
  static Interval printed(BigDecimal p) {
    return new Interval(p, HALF.movePointLeft(Math.max(p.scale(), 0)));
  }

  /** part / whole × 100 with the rounding of both; empty when the whole may be zero. */
  static Optional<Interval> of(Money part, Money whole) {
    return of(Interval.of(part), Interval.of(whole));
  }

  static Optional<Interval> of(Interval part, Interval whole) {
    try {
      return Optional.of(part.percentOf(whole));
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  /** True when the printed percent can be the computed one. */
  static boolean agree(Interval computed, BigDecimal printed) {
    return computed.overlaps(printed(printed));
  }

  /** The computed percent as it would be printed with the printed one's decimals. */
  static String shown(Interval computed, BigDecimal printed) {
    int scale = Math.max(printed.scale(), 0);
    return computed.centre().setScale(scale, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  static String shown(BigDecimal printed) {
    return printed.toPlainString() + "%";
  }
}
