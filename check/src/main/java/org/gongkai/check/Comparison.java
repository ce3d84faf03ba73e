package org.gongkai.check;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * The result of comparing printed figures: the figure expected (a sum of parts, or the figure
 * printed elsewhere), the figure found, their difference and the rounding envelope.
 *
 * @param expected the expected figure (exact sum of the printed parts, in the found figure's unit)
 * @param actual the figure as printed
 * @param differenceYuan actual minus expected, in 元
 * @param envelopeYuan the rounding envelope: the sum of half a unit of the last printed digit of
 *     every figure involved, in 元; a difference strictly inside it is rounding
 * @param verdict the outcome
 * @param unitConfusion true when the figures differ by a factor of 10,000 within rounding (a 元
 *     table read or printed as 万元, or the reverse)
 */
public record Comparison(
    Money expected,
    Money actual,
    BigDecimal differenceYuan,
    BigDecimal envelopeYuan,
    Verdict verdict,
    boolean unitConfusion) {

  /** How two figures compare. */
  public enum Verdict {
    /** Equal within the rounding envelope. */
    EQUAL,
    /** Different beyond rounding, but not beyond the materiality the profile allows. */
    WITHIN_MATERIALITY,
    /** Different. */
    DIFFERENT
  }

  public Comparison {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(actual, "actual");
    Objects.requireNonNull(differenceYuan, "differenceYuan");
    Objects.requireNonNull(envelopeYuan, "envelopeYuan");
    Objects.requireNonNull(verdict, "verdict");
  }

  /** True unless the figures differ beyond rounding and materiality. */
  public boolean ok() {
    return verdict != Verdict.DIFFERENT;
  }

  /** The difference in the actual figure's unit, e.g. "4.50 万元". */
  public String differencePrinted() {
    Money diff = new Money(differenceYuan, org.gongkai.model.MoneyUnit.YUAN).in(actual.unit());
    int scale = Math.max(actual.amount().scale(), expected.amount().scale());
    return Comparisons.printed(
        diff.amount().stripTrailingZeros().scale() > scale
            ? diff
            : diff.rounded(Math.max(scale, 0)));
  }

  /** A note for a pass that needed the materiality setting, else empty. */
  public String note() {
    return verdict == Verdict.WITHIN_MATERIALITY
        ? Messages.format("note.within-materiality", differencePrinted())
        : "";
  }
}
