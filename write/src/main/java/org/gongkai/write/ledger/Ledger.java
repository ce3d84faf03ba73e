package org.gongkai.write.ledger;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetData.LineItem;

/**
 * The budget as line items, with exact sums over any selection of them. Every table cell and every
 * figure of the narrative is such a sum, so the tables and the narrative cannot disagree.
 */
public final class Ledger {

  private final BudgetData data;
  private final MoneyUnit unit;

  public Ledger(BudgetData data) {
    this.data = Objects.requireNonNull(data, "data");
    this.unit = MoneyUnit.parse(data.moneyUnit()).orElse(MoneyUnit.WAN_YUAN);
  }

  public BudgetData data() {
    return data;
  }

  /** The unit the data's amounts are written in. */
  public MoneyUnit unit() {
    return unit;
  }

  public List<LineItem> items() {
    return data.items();
  }

  /** This year's total of the selected lines, exact. */
  public Money sum(Predicate<LineItem> selection) {
    return total(selection, LineItem::amount);
  }

  /** Last year's total of the selected lines, exact. */
  public Money lastYear(Predicate<LineItem> selection) {
    return total(selection, LineItem::lastYear);
  }

  /** This year's and last year's totals of the selected lines. */
  public Change change(Predicate<LineItem> selection) {
    return new Change(sum(selection), lastYear(selection));
  }

  /** An amount of the data's unit as money. */
  public Money money(BigDecimal amount) {
    return new Money(amount == null ? BigDecimal.ZERO : amount, unit);
  }

  private Money total(Predicate<LineItem> selection, Function<LineItem, BigDecimal> value) {
    BigDecimal sum = BigDecimal.ZERO;
    for (LineItem item : data.items()) {
      BigDecimal v = value.apply(item);
      if (v != null && selection.test(item)) {
        sum = sum.add(v);
      }
    }
    return new Money(sum, unit);
  }

  /** A figure this year and last year, exact. */
  public record Change(Money current, Money lastYear) {
    public Change {
      Objects.requireNonNull(current, "current");
      Objects.requireNonNull(lastYear, "lastYear");
    }

    public Money difference() {
      return current.minus(lastYear);
    }
  }
}
