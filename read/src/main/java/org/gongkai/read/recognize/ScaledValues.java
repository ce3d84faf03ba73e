package org.gongkai.read.recognize;

import java.math.BigDecimal;
import java.util.List;

/**
 * The figures of one table as whole numbers of a common unit (one tenth of the finest printed
 * decimal), so that trying thousands of placements costs no BigDecimal arithmetic. Each value
 * carries its printing tolerance: half of its own last printed digit.
 */
final class ScaledValues {

  /** No value (a blank cell). */
  static final long NONE = Long.MIN_VALUE;

  private static final int MAX_SCALE = 6;
  private static final long LIMIT = 1_000_000_000_000_000L;

  private final int scale;
  private boolean overflow;

  ScaledValues(List<PlacedRow> rows) {
    int s = 0;
    for (PlacedRow r : rows) {
      if (r.fit == null) {
        for (String t : r.texts) {
          s = Math.max(s, scaleOf(t));
        }
      } else {
        for (RowFit.Token t : r.fit.values) {
          s = Math.max(s, scaleOf(t.text()));
        }
      }
    }
    this.scale = Math.min(s, MAX_SCALE);
  }

  /** True when some figure was too large or too precise to scale: identities cannot be used. */
  boolean overflow() {
    return overflow;
  }

  /** The scaled value of a printed figure, or {@link #NONE}. */
  long value(String printed) {
    BigDecimal v = printed == null ? null : Amounts.parse(printed);
    if (v == null) {
      return NONE;
    }
    if (v.scale() > scale || v.abs().compareTo(BigDecimal.valueOf(LIMIT, scale + 1)) >= 0) {
      overflow = true;
      return NONE;
    }
    return v.movePointRight(scale + 1).longValue();
  }

  /** Half of the last printed digit of a figure, in the common unit. */
  long tolerance(String printed) {
    int s = Math.min(scaleOf(printed), scale);
    long t = 5;
    for (int i = s; i < scale; i++) {
      t *= 10;
    }
    return t;
  }

  private static int scaleOf(String t) {
    if (t == null) {
      return 0;
    }
    int dot = t.indexOf('.');
    if (dot < 0 || Amounts.parse(t) == null) {
      return 0;
    }
    return t.length() - dot - 1;
  }
}
