package org.gongkai.check.sanity;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.check.CellValue;
import org.gongkai.check.Location;
import org.gongkai.model.Amount;
import org.gongkai.model.Figure;

/** Stated amounts and counts as the sanity rules use them. */
final class Stated {

  private Stated() {}

  /** A stated amount as a cell value for the figure checks. */
  static CellValue value(Amount a, Location where) {
    return new CellValue(CellValue.State.NUMBER, a.money(), null, where.withSource(a.source()));
  }

  /** True when every figure is stated. */
  static boolean all(List<?> items) {
    return items.stream().allMatch(java.util.Objects::nonNull);
  }

  static BigDecimal sum(List<Figure> figures) {
    BigDecimal s = BigDecimal.ZERO;
    for (Figure f : figures) {
      s = s.add(f.value());
    }
    return s;
  }

  static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
