package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A stated quantity that is not money: a head count, a number of vehicles, an area.
 *
 * @param unit the measure as printed: 人, 辆, 台, 平方米, 个; may be empty
 */
public record Figure(BigDecimal value, String unit, SourceRef source) {
  public Figure {
    Objects.requireNonNull(value, "value");
    unit = unit == null ? "" : unit;
    source = source == null ? SourceRef.NONE : source;
  }

  public static Figure of(long value, String unit, SourceRef source) {
    return new Figure(BigDecimal.valueOf(value), unit, source);
  }
}
