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
    int n = printed.length();
    if (n == 0 || n > 40) {
      return null;
    }
    long unscaled = 0;
    int digits = 0;
    int decimals = 0;
    boolean dot = false;
    boolean negative = false;
    for (int i = 0; i < n; i++) {
      char ch = printed.charAt(i);
      if (ch >= '０' && ch <= '９') {
        ch = (char) (ch - '０' + '0');
      }
      if (Norm.isDigit(ch)) {
        if (digits == 18) {
          return parseLong(printed);
        }
        unscaled = unscaled * 10 + (ch - '0');
        digits++;
        decimals += dot ? 1 : 0;
      } else if ((ch == '-' || ch == '－' || ch == '−') && digits == 0 && !negative) {
        negative = true;
      } else if ((ch == ',' || ch == '，') && digits > 0 && !dot) {
        continue;
      } else if ((ch == '.' || ch == '．') && digits > 0 && !dot) {
        dot = true;
      } else if (!Norm.isSpace(ch)) {
        return null;
      }
    }
    if (digits == 0 || dot && decimals == 0) {
      return null;
    }
    return BigDecimal.valueOf(negative ? -unscaled : unscaled, decimals);
  }

  /** Figures with more digits than a long holds: the same rules, through a string. */
  private static BigDecimal parseLong(String printed) {
    StringBuilder sb = new StringBuilder(printed.length());
    for (int i = 0; i < printed.length(); i++) {
      char ch = printed.charAt(i);
      if (ch >= '０' && ch <= '９') {
        sb.append((char) (ch - '０' + '0'));
      } else if (Norm.isDigit(ch) || ch == '.' || ch == '-') {
        sb.append(ch);
      } else if (ch == '．') {
        sb.append('.');
      } else if (ch == '－' || ch == '−') {
        sb.append('-');
      }
    }
    try {
      return new BigDecimal(sb.toString());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static boolean isAmount(String printed) {
    return parse(printed) != null;
  }
}
