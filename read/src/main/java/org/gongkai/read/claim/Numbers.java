package org.gongkai.read.claim;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.MoneyUnit;

/**
 * Finds the numbers of normalised narrative text and classifies them by what follows: money (元,
 * 万元), rates (万元/月), percents, counts (个, 人, 辆…), years, thresholds (万元以上). A hand-written scanner:
 * one pass, no backtracking, whatever the input.
 */
final class Numbers {

  private static final String[] COUNT_WORDS = {
    "平方米", "团队", "人次", "个", "人", "辆", "台", "套", "家", "项", "次", "条", "篇", "户", "所", "名", "处", "件",
    "期", "批", "场", "月", "天", "日", "号"
  };
  private static final String[] PER_WORDS = {
    "平方米", "小时", "人次", "人天", "月", "人", "年", "次", "天", "日", "辆", "台", "个", "场", "期", "项", "户", "套",
    "家", "条", "篇", "间", "张", "本", "件", "份"
  };
  private static final String[] THRESHOLD_WORDS = {"以上", "以下", "以内", "(含)以上", "及以上", "(含)"};
  private static final int MAX_DIGITS = 18;

  private Numbers() {}

  static List<NumberToken> scan(String t) {
    List<NumberToken> out = new ArrayList<>();
    int i = 0;
    while (i < t.length()) {
      if (!isDigit(t.charAt(i)) || (i > 0 && continuesWord(t.charAt(i - 1)))) {
        i++;
        continue;
      }
      int end = numberEnd(t, i);
      String printed = t.substring(i, end).replace(",", "");
      if (printed.length() > MAX_DIGITS || printed.endsWith(".")) {
        i = end;
        continue;
      }
      NumberToken tok = classify(t, i, end, new BigDecimal(printed));
      out.add(tok);
      i = Math.max(tok.end(), end);
    }
    return out;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** A digit glued to a Latin letter or to a previous number is not a number of its own. */
  private static boolean continuesWord(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || isDigit(c);
  }

  private static int numberEnd(String t, int i) {
    int j = i;
    boolean dot = false;
    while (j < t.length()) {
      char c = t.charAt(j);
      if (isDigit(c)) {
        j++;
      } else if (c == ',' && !dot && groupOfThree(t, j)) {
        j++;
      } else if (c == '.' && !dot && j + 1 < t.length() && isDigit(t.charAt(j + 1))) {
        dot = true;
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  private static boolean groupOfThree(String t, int comma) {
    int n = 0;
    int j = comma + 1;
    while (j < t.length() && isDigit(t.charAt(j))) {
      n++;
      j++;
    }
    return n == 3;
  }

  private static NumberToken classify(String t, int start, int end, BigDecimal v) {
    if (enclosedAsDocumentNumber(t, start, end)) {
      return plain(start, end, v);
    }
    if (t.startsWith("%", end)) {
      return new NumberToken(start, end + 1, v, NumberToken.Kind.PERCENT, null, "");
    }
    if (t.startsWith("亿元", end)) {
      return plain(start, end, v);
    }
    MoneyUnit unit =
        t.startsWith("万元", end)
            ? MoneyUnit.WAN_YUAN
            : t.startsWith("元", end) ? MoneyUnit.YUAN : null;
    if (unit != null) {
      return money(t, start, end + unit.label().length(), v, unit);
    }
    if (t.startsWith("年", end) && v.scale() == 0 && v.intValue() >= 1949 && v.intValue() <= 2199) {
      return new NumberToken(start, end + 1, v, NumberToken.Kind.YEAR, null, "");
    }
    for (String w : COUNT_WORDS) {
      if (t.startsWith(w, end)) {
        return new NumberToken(start, end + w.length(), v, NumberToken.Kind.COUNT, null, w);
      }
    }
    return plain(start, end, v);
  }

  private static NumberToken money(String t, int start, int end, BigDecimal v, MoneyUnit unit) {
    if (t.startsWith("/", end)) {
      String per = perWord(t, end + 1);
      if (!per.isEmpty()) {
        return new NumberToken(start, end + 1 + per.length(), v, NumberToken.Kind.RATE, unit, per);
      }
    }
    for (String w : THRESHOLD_WORDS) {
      if (t.startsWith(w, end)) {
        return new NumberToken(start, end, v, NumberToken.Kind.THRESHOLD, unit, "");
      }
    }
    return new NumberToken(start, end, v, NumberToken.Kind.MONEY, unit, "");
  }

  private static String perWord(String t, int from) {
    for (String w : PER_WORDS) {
      if (t.startsWith(w, from)) {
        return w;
      }
    }
    return "";
  }

  /** 【2024】, 〔2024〕, [2024]: the year of a document number. */
  private static boolean enclosedAsDocumentNumber(String t, int start, int end) {
    if (start == 0 || end >= t.length()) {
      return false;
    }
    char before = t.charAt(start - 1);
    char after = t.charAt(end);
    return (before == '【' && after == '】')
        || (before == '〔' && after == '〕')
        || (before == '[' && after == ']');
  }

  private static NumberToken plain(int start, int end, BigDecimal v) {
    return new NumberToken(start, end, v, NumberToken.Kind.PLAIN, null, "");
  }
}
