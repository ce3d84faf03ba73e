package org.gongkai.read.claim;

/**
 * The label printed before a figure when no known subject is: "办公家具价值 26.83 万元" → 办公家具. Strips list
 * numbering, the unit's own name, years and the filler words that only introduce a figure; what
 * remains (two or more Chinese characters) names an item the parser does not know.
 */
final class Labels {

  private static final String[] LEADING = {
    "其中:", "其中：", "其中", "此外", "另外", "另", "全年", "本年度", "本年", "当年", "共计", "合计", "共", "本单位", "本部门",
    "我单位", "本级"
  };
  private static final String[] TRAILING = {
    "涉及项目预算资金",
    "涉及预算金额",
    "涉及金额",
    "涉及资金",
    "预算执行数",
    "预算执行",
    "预算支出",
    "支出预算",
    "执行数",
    "预算安排",
    "预算数为",
    "预算数",
    "预算为",
    "预算金额",
    "资金总额",
    "预算",
    "安排",
    "共计",
    "合计",
    "总计",
    "总额",
    "金额",
    "规模",
    "资金",
    "价值",
    "达到",
    "为",
    "是",
    "达",
    "计",
    "约",
    "拨款",
    "数",
    "共",
    "了",
    "的",
    "全年",
    "当年",
    "本年",
    "年初"
  };

  private Labels() {}

  /** The label in {@code text}, or empty when only numbering and fillers are there. */
  static String of(String text, String unitName) {
    String s = text;
    if (s.startsWith("涉及")) {
      return "";
    }
    if (!unitName.isEmpty()) {
      s = s.replace(unitName, "");
    }
    s = withoutYears(s);
    s = stripLeading(TableRows.stripNumbering(stripPunctuation(s)));
    s = stripTrailing(s);
    return hanCount(s) >= 2 ? s : "";
  }

  private static String stripPunctuation(String s) {
    int i = 0;
    while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '(') {
      i++;
    }
    return s.substring(i);
  }

  private static String stripLeading(String s) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String w : LEADING) {
        if (s.startsWith(w)) {
          s = s.substring(w.length());
          changed = true;
        }
      }
    }
    return s;
  }

  private static String stripTrailing(String s) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String w : TRAILING) {
        if (s.endsWith(w)) {
          s = s.substring(0, s.length() - w.length());
          changed = true;
        }
      }
      while (!s.isEmpty()
          && !NarrativeText.isHan(s.charAt(s.length() - 1))
          && s.charAt(s.length() - 1) != ')') {
        s = s.substring(0, s.length() - 1);
        changed = true;
      }
    }
    return s;
  }

  /** Drops "2024年", "2024年度", "2024年1月": dates are not labels. */
  private static String withoutYears(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int j = i;
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      if (j > i && j < s.length() && "年月日".indexOf(s.charAt(j)) >= 0) {
        i = j + 1;
        if (i < s.length() && s.charAt(i) == '度') {
          i++;
        }
      } else if (j > i) {
        sb.append(s, i, j);
        i = j;
      } else {
        sb.append(s.charAt(i));
        i++;
      }
    }
    return sb.toString();
  }

  private static int hanCount(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (NarrativeText.isHan(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
