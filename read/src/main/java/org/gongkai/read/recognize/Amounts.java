package org.gongkai.read.recognize;

import java.math.BigDecimal;

/** Printed amounts: 1,807.53 · 0.00 · -20 · 1807.53 (no regular expressions: hot path). */
final class Amounts {

  private Amounts() {}

  /**
   * The value of a printed amount (thousands separators and spaces allowed, full-width digits
   * folded), scale as printed; null when the text is not one.
   */
  static BigDecimal parse(String printed) {
    String s = printed;
    int n = s.length();
    if (n == 0 || n > 40) {
      return null;
    }
    StringBuilder sb = new StringBuilder(n);
    int digits = 0;
    boolean dot = false;
    int digitsAfterDot = 0;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      if (ch >= '０' && ch <= '９') {
        ch = (char) (ch - '０' + '0');
      }
      if (Norm.isDigit(ch)) {
        sb.append(ch);
        digits++;
        if (dot) {
          digitsAfterDot++;
        }
      } else if ((ch == '-' || ch == '－' || ch == '−') && sb.length() == 0 && digits == 0) {
        sb.append('-');
      } else if ((ch == ',' || ch == '，') && digits > 0 && !dot) {
        continue;
      } else if ((ch == '.' || ch == '．') && digits > 0 && !dot) {
        dot = true;
        sb.append('.');
      } else if (!Norm.isSpace(ch)) {
        return null;
      }
    }
    if (digits == 0 || dot && digitsAfterDot == 0) {
      return null;
    }
    return new BigDecimal(sb.toString());
  }

  static boolean isAmount(String printed) {
    return parse(printed) != null;
  }

  /** Half of the last printed digit: the most a printed figure can be off its true value. */
  static BigDecimal halfUlp(BigDecimal v) {
    return BigDecimal.valueOf(5, Math.max(v.scale(), 0) + 1);
  }
}
