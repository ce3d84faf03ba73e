package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.claim.Direction;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.ledger.Ledger;
import org.gongkai.write.ledger.Printed;

/**
 * The figures of a sentence as the narrative prints them: amounts to two decimals in the
 * narrative's unit, percentages to two decimals computed from the printed amounts (so a reader can
 * redo the arithmetic), direction words from the sign, 新增 from a zero base, and shares that add up
 * to exactly 100.00% (largest remainder).
 */
public final class Wording {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Wording() {}

  /** "1,807.53" in the unit. */
  public static String amount(Money m, MoneyUnit unit) {
    return Printed.grouped(m, unit);
  }

  /** The printed value (two decimals) in the unit. */
  public static BigDecimal value(Money m, MoneyUnit unit) {
    return Printed.value(m, unit);
  }

  /**
   * A change against last year, from the printed amounts.
   *
   * @param current this year's printed value
   * @param last last year's printed value
   * @param amountWord 增加/减少 (or 新增), by the sign
   * @param difference the unsigned printed difference
   * @param percentWord 增长/下降, empty when no percent is stated (zero base, or no change)
   * @param percent the unsigned percent to two decimals, null when not stated
   * @param direction the direction the words state
   */
  public record ChangeFigures(
      BigDecimal current,
      BigDecimal last,
      String amountWord,
      BigDecimal difference,
      String percentWord,
      BigDecimal percent,
      Direction direction) {

    /** The clause: 比上年预算增加 12.00 万元，增长 5.00% / 与上年预算持平 / 为新增预算 … */
    public String clause(String basis, MoneyUnit unit) {
      String label = unit.label();
      return switch (direction) {
        case FLAT -> WriteMessages.format("change.flat", basis);
        case NEW -> WriteMessages.format("change.new", basis, Printed.grouped(difference), label);
        default ->
            WriteMessages.format(
                "change.moved",
                basis,
                amountWord,
                Printed.grouped(difference),
                label,
                percentWord,
                percent.toPlainString());
      };
    }
  }

  /** The change from last year's to this year's figure, as printed in the unit. */
  public static ChangeFigures change(Ledger.Change change, MoneyUnit unit) {
    BigDecimal now = value(change.current(), unit);
    BigDecimal last = value(change.lastYear(), unit);
    BigDecimal diff = now.subtract(last);
    if (diff.signum() == 0) {
      return new ChangeFigures(
          now, last, "", BigDecimal.ZERO.setScale(2), "", null, Direction.FLAT);
    }
    if (last.signum() == 0) {
      return new ChangeFigures(now, last, "新增", diff, "", null, Direction.NEW);
    }
    BigDecimal pct = diff.abs().multiply(HUNDRED).divide(last, 2, RoundingMode.HALF_UP);
    boolean up = diff.signum() > 0;
    return new ChangeFigures(
        now,
        last,
        up ? "增加" : "减少",
        diff.abs(),
        up ? "增长" : "下降",
        pct,
        up ? Direction.UP : Direction.DOWN);
  }

  /**
   * Shares of a whole, to two decimals, adding up to exactly 100.00 when the parts add up to the
   * whole: each share is floored to 0.01 and the missing hundredths go to the largest remainders.
   *
   * @param parts the printed parts
   * @return the shares in the parts' order
   */
  public static List<BigDecimal> shares(List<BigDecimal> parts) {
    BigDecimal whole = parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<BigDecimal> out = new ArrayList<>();
    if (whole.signum() == 0) {
      parts.forEach(p -> out.add(BigDecimal.ZERO.setScale(2)));
      return out;
    }
    List<BigDecimal> remainders = new ArrayList<>();
    BigDecimal assigned = BigDecimal.ZERO;
    for (BigDecimal p : parts) {
      BigDecimal exact = p.multiply(HUNDRED).divide(whole, 12, RoundingMode.HALF_UP);
      BigDecimal floor = exact.setScale(2, RoundingMode.FLOOR);
      out.add(floor);
      remainders.add(exact.subtract(floor));
      assigned = assigned.add(floor);
    }
    int missing = HUNDRED.subtract(assigned).movePointRight(2).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed());
    for (int k = 0; k < missing && k < order.size(); k++) {
      int i = order.get(k);
      out.set(i, out.get(i).add(new BigDecimal("0.01")));
    }
    return out;
  }

  /** One share of a whole to two decimals (half up), for a share stated alone. */
  public static BigDecimal share(BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return part.multiply(HUNDRED).divide(whole, 2, RoundingMode.HALF_UP);
  }

  /** A free-text reason as a sentence of its own: no trailing punctuation doubled. */
  public static String reason(String text) {
    if (text == null || text.isBlank()) {
      return "";
    }
    String t = text.strip().replaceAll("[。；;，,.]+$", "");
    return WriteMessages.format("reason", t);
  }
}
