package org.gongkai.write;

/** Chinese numbering of headings and lists: 一, 二, … 十一. */
final class LabelNumbers {

  private static final String[] DIGITS = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private LabelNumbers() {}

  static String chinese(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    String tens = n / 10 == 1 ? "十" : DIGITS[n / 10] + "十";
    return tens + DIGITS[n % 10];
  }
}
