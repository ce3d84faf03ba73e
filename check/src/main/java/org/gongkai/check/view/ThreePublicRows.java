package org.gongkai.check.view;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.TableView;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;

/** The rows of a 三公经费 table, found by their names. */
public final class ThreePublicRows {

  /** The items of 三公经费. */
  public enum Item {
    TOTAL,
    OVERSEAS_TRAVEL,
    RECEPTION,
    VEHICLES,
    VEHICLE_PURCHASE,
    VEHICLE_OPERATION
  }

  private final Map<Item, Row> rows;

  private ThreePublicRows(Map<Item, Row> rows) {
    this.rows = rows;
  }

  /** Finds the item rows on side 0; the first row matching an item wins. */
  public static ThreePublicRows of(TableView v) {
    Map<Item, Row> found = new EnumMap<>(Item.class);
    for (int i = 0; i < v.rows().size(); i++) {
      RowLabel label = v.label(i, 0);
      Item item = classify(label);
      if (item != null) {
        found.putIfAbsent(item, v.rows().get(i));
      }
    }
    return new ThreePublicRows(found);
  }

  public Optional<Row> row(Item item) {
    return Optional.ofNullable(rows.get(item));
  }

  /** Which item a row label names, or null. */
  public static Item classify(RowLabel label) {
    String n = label.name();
    int end = Numbering.ofWhich(n);
    if (end > 0) {
      n = n.substring(end);
    }
    if (label.isTotal() || (n.contains("三公") && (n.contains("合计") || n.contains("总")))) {
      return Item.TOTAL;
    }
    if (n.contains("出国")) {
      return Item.OVERSEAS_TRAVEL;
    }
    if (n.contains("接待")) {
      return Item.RECEPTION;
    }
    boolean buy = n.contains("购置");
    boolean run = n.contains("运行") || n.contains("运维");
    if (n.contains("车")) {
      if ((buy && run) || n.contains("小计")) {
        return Item.VEHICLES;
      }
      if (buy) {
        return Item.VEHICLE_PURCHASE;
      }
      if (run) {
        return Item.VEHICLE_OPERATION;
      }
    }
    return null;
  }
}
