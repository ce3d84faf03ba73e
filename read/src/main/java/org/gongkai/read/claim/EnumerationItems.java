package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;

/** Splits a list of names ("基本工资、津贴补贴、奖金等") into its items. */
final class EnumerationItems {

  private static final String[] ENDINGS = {"等支出", "等经费", "等费用", "等方面", "等"};

  private EnumerationItems() {}

  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("[、，,；;：:]")) {
      String s = TableRows.stripNumbering(raw.strip());
      for (String end : ENDINGS) {
        if (s.endsWith(end)) {
          s = s.substring(0, s.length() - end.length());
          break;
        }
      }
      if (s.startsWith("和") || s.startsWith("及")) {
        s = s.substring(1);
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
