package org.gongkai.model;

import java.math.BigDecimal;
import java.util.Optional;

/** The unit a table or sentence states its money in. Conversions are exact. */
public enum MoneyUnit {
  YUAN("元", BigDecimal.ONE),
  WAN_YUAN("万元", BigDecimal.valueOf(10_000));

  private final String label;
  private final BigDecimal yuan;

  MoneyUnit(String label, BigDecimal yuan) {
    this.label = label;
    this.yuan = yuan;
  }

  /** The unit as printed: 元 or 万元. */
  public String label() {
    return label;
  }

  /** How many 元 one of this unit is. */
  public BigDecimal inYuan() {
    return yuan;
  }

  /** Parses a printed unit label ("万元", "单位：元", "金额单位：万元"), or empty if it names none. */
  public static Optional<MoneyUnit> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.replace(" ", "").replace("\u3000", "");
    if (t.contains("万元")) {
      return Optional.of(WAN_YUAN);
    }
    if (t.contains("元")) {
      return Optional.of(YUAN);
    }
    return Optional.empty();
  }
}
