package org.gongkai.check;

import java.util.Objects;
import java.util.function.Supplier;
import org.gongkai.model.Cell;
import org.gongkai.model.Money;

/**
 * A table cell read as money for a rule: its amount, or why it has none, and where it is. The
 * location is built only when asked for (a finding or a gap), since most cells read just pass.
 * Immutable.
 */
public final class CellValue {

  /** What a cell holds, for a rule. */
  public enum State {
    NUMBER,
    /** Printed empty: not zero, except as a part of a sum where the layout allows it. */
    BLANK,
    /** Text or unreadable where a number belongs. */
    NOT_A_NUMBER
  }

  private final State state;
  private final Money money;
  private final Cell cell;
  private Supplier<Location> where;
  private Location location;

  /**
   * A value at a known place.
   *
   * @param state what the cell holds
   * @param money the amount in the table's unit, null unless {@link State#NUMBER}
   * @param cell the cell as published (null for an amount stated outside a table)
   * @param location where it is
   */
  public CellValue(State state, Money money, Cell cell, Location location) {
    this(state, money, cell, (Supplier<Location>) null);
    this.location = Objects.requireNonNull(location, "location");
  }

  /** A value whose place is worked out only when needed. */
  CellValue(State state, Money money, Cell cell, Supplier<Location> where) {
    this.state = Objects.requireNonNull(state, "state");
    if ((state == State.NUMBER) != (money != null)) {
      throw new IllegalArgumentException("a NUMBER value, and only it, has money: " + state);
    }
    this.money = money;
    this.cell = cell;
    this.where = where;
  }

  public State state() {
    return state;
  }

  /** The amount in the table's unit, null unless {@link State#NUMBER}. */
  public Money money() {
    return money;
  }

  /** The cell as published; null for an amount stated outside a table. */
  public Cell cell() {
    return cell;
  }

  /** Where the value is. */
  public Location location() {
    if (location == null) {
      location = where.get();
      where = null;
    }
    return location;
  }

  public boolean isNumber() {
    return state == State.NUMBER;
  }

  public boolean isBlank() {
    return state == State.BLANK;
  }

  @Override
  public String toString() {
    return state + (money == null ? "" : " " + money);
  }
}
