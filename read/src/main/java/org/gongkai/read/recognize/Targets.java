package org.gongkai.read.recognize;

import java.math.BigDecimal;

/**
 * A performance target as printed ("&gt;=990 条", "≥2000 人", "=0.15 万元/月", "有效保障") split into
 * operator, value and unit of measure.
 *
 * @param operator one of {@code >= <= = > <}, or empty for a qualitative target
 * @param value the number, or null
 * @param unit the unit of measure after the number, spaces removed
 */
record Targets(String operator, BigDecimal value, String unit) {

  static Targets parse(String printed) {
    String t = Norm.asciiDigits(Norm.compact(printed));
    int i = 0;
    String op = "";
    if (t.startsWith(">=") || t.startsWith("≥") || t.startsWith("≧") || t.startsWith("＞＝")) {
      op = ">=";
      i = t.startsWith(">=") || t.startsWith("＞＝") ? 2 : 1;
    } else if (t.startsWith("<=") || t.startsWith("≤") || t.startsWith("≦") || t.startsWith("＜＝")) {
      op = "<=";
      i = t.startsWith("<=") || t.startsWith("＜＝") ? 2 : 1;
    } else if (t.startsWith("=") || t.startsWith("＝")) {
      op = "=";
      i = 1;
    } else if (t.startsWith(">") || t.startsWith("＞")) {
      op = ">";
      i = 1;
    } else if (t.startsWith("<") || t.startsWith("＜")) {
      op = "<";
      i = 1;
    }
    int s = i;
    while (i < t.length()
        && (Norm.isDigit(t.charAt(i)) || t.charAt(i) == '.' || t.charAt(i) == ',' && i > s)) {
      i++;
    }
    BigDecimal value = i > s ? Amounts.parse(t.substring(s, i)) : null;
    if (value == null) {
      return new Targets(op, null, "");
    }
    return new Targets(op, value, t.substring(i));
  }
}
