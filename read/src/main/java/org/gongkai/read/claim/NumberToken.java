package org.gongkai.read.claim;

import java.math.BigDecimal;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;

/**
 * A number found in normalised narrative text, with what follows it.
 *
 * @param start index of its first digit
 * @param end index after its unit (or after its last digit when it has none)
 * @param value the value as printed (scale = printed decimals)
 * @param kind what the unit makes it
 * @param unit the money unit of a {@link Kind#MONEY} or {@link Kind#RATE}, else null
 * @param word the measure word of a {@link Kind#COUNT} (个, 人) or what a rate is per (月, 人)
 */
record NumberToken(int start, int end, BigDecimal value, Kind kind, MoneyUnit unit, String word) {

  /** What a number is, by its unit. */
  enum Kind {
    /** 1,807.53 万元. */
    MONEY,
    /** 0.15 万元/月. */
    RATE,
    /** 95.67%. */
    PERCENT,
    /** 4 个, 2000 人. */
    COUNT,
    /** 2024 年 (a year, not a count). */
    YEAR,
    /** 50 万元以上: a threshold, not an amount. */
    THRESHOLD,
    /** A number with no unit the parser uses (list numbers, document numbers, dates). */
    PLAIN
  }

  Money money() {
    return new Money(value, unit);
  }
}
