package org.gongkai.write.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;

/** How the writer prints money: two decimals, half up, grouped by thousands (1,807.53). */
public final class Printed {

  private Printed() {}

  /** The amount in the target unit, rounded to two decimals as published. */
  public static BigDecimal value(Money money, MoneyUnit target) {
    return money.in(target).amount().setScale(2, RoundingMode.HALF_UP);
  }

  /** The printed money in the target unit: 1,807.53. */
  public static String grouped(Money money, MoneyUnit target) {
    return grouped(value(money, target));
  }

  /** A two-decimal value printed with thousands separators. */
  public static String grouped(BigDecimal value) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(value.setScale(2, RoundingMode.HALF_UP));
  }
}
