package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The years a text mentions ("2024年", "2024年度"), with what a careful reader looks at around them:
 * whether the year is part of a citation or document number (《…》, 〔2024〕, 【2024】), a comparison or
 * a date bound (比, 较, 截至, 自 … 以来), or the document speaking of its own year (2024年收支预算…).
 */
final class Years {

  /**
   * One mention.
   *
   * @param start offset of the first digit in the compact text
   * @param end offset after 年 / 年度
   * @param year the year
   */
  record Mention(int start, int end, int year) {}

  private static final String[] OWN = {
    "收支预算", "收支总预算", "收入预算", "支出预算", "单位预算", "部门预算", "预算公开", "决算公开", "预算数为", "预算情况", "一般公共预算",
    "财政拨款", "三公", "“三公”", "机关运行经费", "政府采购预算", "收入支出决算", "收支决算", "决算数为"
  };
  private static final String[] COMPARING = {
    "比", "较", "与", "上", "截至", "截止", "自", "从", "于", "至", "到", "同", "-", "—", "~"
  };
  private static final String[] BOUNDING = {
    "以来", "以前", "之前", "起", "前", "结转", "至", "-", "—", "~", "底", "末"
  };

  private Years() {}

  static List<Mention> in(String t) {
    List<Mention> out = new ArrayList<>();
    for (int i = 0; i + 5 <= t.length(); i++) {
      char c = t.charAt(i);
      if (c < '1' || c > '2') {
        continue;
      }
      if ((i > 0 && Character.isDigit(t.charAt(i - 1))) || !fourDigits(t, i)) {
        continue;
      }
      if (t.charAt(i + 4) != '年') {
        continue;
      }
      int year = Integer.parseInt(t.substring(i, i + 4));
      if (year < 1949 || year > 2199) {
        continue;
      }
      int end = t.startsWith("度", i + 5) ? i + 6 : i + 5;
      out.add(new Mention(i, end, year));
      i = end - 1;
    }
    return out;
  }

  private static boolean fourDigits(String t, int i) {
    for (int k = i; k < i + 4; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Inside 《…》 or a document number's brackets. */
  static boolean cited(String t, Mention m) {
    int open = t.lastIndexOf('《', m.start());
    int close = t.lastIndexOf('》', m.start());
    if (open > close) {
      return true;
    }
    if (m.start() > 0 && "〔【[(（".indexOf(t.charAt(m.start() - 1)) >= 0) {
      return true;
    }
    return m.end() - 1 < t.length()
        && m.start() + 4 < t.length()
        && "〕】])）".indexOf(t.charAt(m.start() + 4)) >= 0;
  }

  /** A comparison or a bound of a period: 比2023年, 截至2023年底, 2019年以来. */
  static boolean comparingOrBounding(String t, Mention m) {
    String before = t.substring(Math.max(0, m.start() - 3), m.start());
    for (String w : COMPARING) {
      if (before.endsWith(w)) {
        return true;
      }
    }
    String after = t.substring(m.end(), Math.min(t.length(), m.end() + 3));
    for (String w : BOUNDING) {
      if (after.startsWith(w)) {
        return true;
      }
    }
    return false;
  }

  /** The year is the subject of a statement about the document's own budget. */
  static boolean own(String t, Mention m) {
    for (String w : OWN) {
      if (t.startsWith(w, m.end())) {
        return true;
      }
    }
    return false;
  }
}
