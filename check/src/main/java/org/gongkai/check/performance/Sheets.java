package org.gongkai.check.performance;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.check.TableView;
import org.gongkai.model.Indicator;
import org.gongkai.model.PerformanceTargets;

/** How the performance rules read a sheet's indicators. */
final class Sheets {

  /**
   * An indicator as the rules read it.
   *
   * @param indicator as published
   * @param level1 its level-1 kind without 指标 (产出, 成本, 效益, 满意度), carried down from the row above
   *     when the sheet leaves the cell blank
   * @param level2 its level-2 kind without 指标, carried down likewise
   * @param nameUnit the unit printed in parentheses at the end of its name ("%", "万元"), or empty
   * @param targetUnit the target's unit, compact
   */
  record Read(
      Indicator indicator, String level1, String level2, String nameUnit, String targetUnit) {

    boolean targetIsMoney() {
      return isMoney(targetUnit);
    }

    boolean targetIsPercent() {
      return isPercent(targetUnit);
    }

    boolean nameIsMoney() {
      return isMoney(nameUnit);
    }

    boolean nameIsPercent() {
      return isPercent(nameUnit);
    }

    boolean hasNumber() {
      return indicator.value() != null;
    }
  }

  private Sheets() {}

  private record Key(PerformanceTargets sheet) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.sheet == sheet;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(sheet);
    }
  }

  /** The sheet's indicators read once per run. */
  static List<Read> read(org.gongkai.check.RuleContext ctx, PerformanceTargets sheet) {
    return ctx.memo(new Key(sheet), () -> read(sheet));
  }

  static List<Read> read(PerformanceTargets sheet) {
    List<Read> out = new ArrayList<>(sheet.indicators().size());
    String l1 = "";
    String l2 = "";
    for (Indicator i : sheet.indicators()) {
      String level1 = kind(i.level1());
      String level2 = kind(i.level2());
      if (level1.isEmpty()) {
        level1 = l1;
      } else if (!level1.equals(l1)) {
        l2 = "";
      }
      if (level2.isEmpty()) {
        level2 = l2;
      }
      l1 = level1;
      l2 = level2;
      out.add(
          new Read(
              i,
              level1,
              level2,
              nameUnit(i.name()),
              TableView.compact(i.unit()).replace('％', '%')));
    }
    return out;
  }

  /** "产出指标" → "产出"; spaces removed. */
  static String kind(String printed) {
    String s = TableView.compact(printed);
    return s.endsWith("指标") ? s.substring(0, s.length() - 2) : s;
  }

  static String nameUnit(String name) {
    String s = TableView.compact(name);
    if (s.isEmpty() || (s.charAt(s.length() - 1) != '）' && s.charAt(s.length() - 1) != ')')) {
      return "";
    }
    int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    int len = s.length() - 1 - open - 1;
    if (open < 0 || len < 1 || len > 8) {
      return "";
    }
    return s.substring(open + 1, s.length() - 1).replace('％', '%');
  }

  static boolean isMoney(String unit) {
    return unit.startsWith("万元") || unit.startsWith("元") || unit.startsWith("亿元");
  }

  static boolean isPercent(String unit) {
    return unit.equals("%") || unit.equals("％");
  }
}
