package org.gongkai.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of money in a stated unit. The scale of {@link #amount()} is the printed precision
 * (1,807.53 has scale 2), which is what a rounding envelope is computed from. Never a double.
 */
public record Money(BigDecimal amount, MoneyUnit unit) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(unit, "unit");
  }

  public static Money of(String amount, MoneyUnit unit) {
    return new Money(new BigDecimal(amount), unit);
  }

  public static Money wan(String amount) {
    return of(amount, MoneyUnit.WAN_YUAN);
  }

  public static Money yuan(String amount) {
    return of(amount, MoneyUnit.YUAN);
  }

  /** The exact amount in 元. */
  public BigDecimal yuanValue() {
    return amount.multiply(unit.inYuan());
  }

  /** This amount expressed exactly in another unit (scale grows as needed; nothing is rounded). */
  public Money in(MoneyUnit target) {
    if (target == unit) {
      return this;
    }
    BigDecimal yuan = yuanValue();
    BigDecimal converted = yuan.divide(target.inYuan());
    return new Money(converted, target);
  }

  /**
   * Half of the last printed digit, in 元: the most the true value can differ from the printed one.
   * 1,807.53 万元 → 0.005 万元 → 50 元.
   */
  public BigDecimal halfUlpYuan() {
    return BigDecimal.ONE
        .movePointLeft(Math.max(amount.scale(), 0))
        .multiply(unit.inYuan())
        .divide(BigDecimal.valueOf(2));
  }

  public Money plus(Money other) {
    if (other.unit == unit) {
      return new Money(amount.add(other.amount), unit);
    }
    MoneyUnit finer = unit.inYuan().compareTo(other.unit.inYuan()) <= 0 ? unit : other.unit;
    return new Money(in(finer).amount.add(other.in(finer).amount), finer);
  }

  public Money minus(Money other) {
    return plus(other.negate());
  }

  public Money negate() {
    return new Money(amount.negate(), unit);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public int signum() {
    return amount.signum();
  }

  /** Rounded to {@code scale} decimals, half up, as budget documents print. */
  public Money rounded(int scale) {
    return new Money(amount.setScale(scale, RoundingMode.HALF_UP), unit);
  }

  @Override
  public int compareTo(Money o) {
    return yuanValue().compareTo(o.yuanValue());
  }

  /** Equal in value whatever the unit or scale (1.50 万元 = 15000 元). */
  public boolean sameValue(Money o) {
    return compareTo(o) == 0;
  }

  /** As printed: 1,807.53 万元. */
  @Override
  public String toString() {
    return String.format("%,." + Math.max(amount.scale(), 0) + "f %s", amount, unit.label());
  }

  /** The amount as plain digits with no grouping, e.g. 1807.53. */
  public String plain() {
    return amount.toPlainString();
  }
}
