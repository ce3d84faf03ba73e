package org.gongkai.check;

import java.util.Objects;
import org.gongkai.model.Cell;
import org.gongkai.model.Money;

/**
 * A table cell read as money for a rule: its amount, or why it has none.
 *
 * @param state what the cell holds
 * @param money the amount in the table's unit, null unless {@link State#NUMBER}
 * @param cell the cell as published
 * @param location where it is
 */
public record CellValue(State state, Money money, Cell cell, Location location) {

  /** What a cell holds, for a rule. */
  public enum State {
    NUMBER,
    /** Printed empty: not zero, except as a part of a sum where the layout allows it. */
    BLANK,
    /** Text or unreadable where a number belongs. */
    NOT_A_NUMBER
  }

  public CellValue {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(location, "location");
    if ((state == State.NUMBER) != (money != null)) {
      throw new IllegalArgumentException("a NUMBER value, and only it, has money: " + state);
    }
  }

  public boolean isNumber() {
    return state == State.NUMBER;
  }

  public boolean isBlank() {
    return state == State.BLANK;
  }
}
