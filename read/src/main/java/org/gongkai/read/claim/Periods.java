package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;

/** Reads a period such as "2024年1月-2024年12月" into its number of months (inclusive). */
final class Periods {

  private Periods() {}

  /** Months from the first to the last year-month printed, inclusive; 0 when not two of them. */
  static int months(String text) {
    List<int[]> ym = new ArrayList<>();
    List<NumberToken> nums = Numbers.scan(text);
    for (int i = 0; i + 1 < nums.size(); i++) {
      NumberToken y = nums.get(i);
      NumberToken m = nums.get(i + 1);
      if (y.kind() == NumberToken.Kind.YEAR
          && m.kind() == NumberToken.Kind.COUNT
          && m.word().equals("月")
          && m.start() == y.end()) {
        ym.add(new int[] {y.value().intValue(), m.value().intValue()});
      }
    }
    if (ym.size() != 2) {
      return 0;
    }
    int n = (ym.get(1)[0] - ym.get(0)[0]) * 12 + ym.get(1)[1] - ym.get(0)[1] + 1;
    return n > 0 && n <= 120 ? n : 0;
  }
}
