package org.gongkai.read.recognize;

import java.math.BigDecimal;
import org.gongkai.model.Amount;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.SourceRef;

/**
 * Finds the amount a sentence states for a term: "政府采购货物预算 63.52 万元" → 63.52 万元. The amount must
 * follow the term closely, within the same clause, and the words between must not make it a
 * different quantity (a change: 增加, 减少, 比上年 …).
 */
final class StatedAmounts {

  /** Words that, between a term and an amount, make the amount a change rather than the value. */
  static final String[] CHANGE_WORDS = {"增加", "减少", "增长", "下降", "比上年", "较上年", "持平", "上年"};

  private StatedAmounts() {}

  /**
   * The first amount stated for any of the terms, or null.
   *
   * @param maxGap how many characters may stand between term and number
   * @param forbidden words that may not stand between them
   */
  static Amount find(
      String text, SourceRef source, int maxGap, String[] forbidden, String... terms) {
    int bestAt = Integer.MAX_VALUE;
    Amount best = null;
    for (String term : terms) {
      int from = 0;
      while (true) {
        int at = text.indexOf(term, from);
        if (at < 0 || at >= bestAt) {
          break;
        }
        Amount a = after(text, at + term.length(), maxGap, forbidden, source);
        if (a != null) {
          bestAt = at;
          best = a;
          break;
        }
        from = at + 1;
      }
    }
    return best;
  }

  /** The amount starting within maxGap characters of {@code from}, or null. */
  static Amount after(String text, int from, int maxGap, String[] forbidden, SourceRef source) {
    int i = from;
    while (i < text.length() && !Norm.isDigit(text.charAt(i))) {
      char ch = text.charAt(i);
      if (ch == '，'
          || ch == '。'
          || ch == '；'
          || ch == ';'
          || ch == '、'
          || ch == '：'
          || ch == ':'
          || ch == ',' && i + 1 < text.length() && !Norm.isDigit(text.charAt(i + 1))
          || i - from > maxGap) {
        return null;
      }
      i++;
    }
    String gap = text.substring(from, Math.min(i, text.length()));
    for (String w : forbidden) {
      if (gap.contains(w)) {
        return null;
      }
    }
    int s = i;
    while (i < text.length()
        && (Norm.isDigit(text.charAt(i))
            || text.charAt(i) == '.'
            || text.charAt(i) == ','
                && i + 1 < text.length()
                && Norm.isDigit(text.charAt(i + 1)))) {
      i++;
    }
    if (i == s) {
      return null;
    }
    String printed = text.substring(s, i);
    BigDecimal v = Amounts.parse(printed);
    int u = i;
    while (u < text.length() && Norm.isSpace(text.charAt(u))) {
      u++;
    }
    MoneyUnit unit =
        text.startsWith("万元", u)
            ? MoneyUnit.WAN_YUAN
            : text.startsWith("元", u) ? MoneyUnit.YUAN : null;
    if (v == null || unit == null) {
      return null;
    }
    return new Amount(new Money(v, unit), printed, source);
  }
}
