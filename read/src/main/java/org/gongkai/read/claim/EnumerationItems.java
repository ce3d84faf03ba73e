package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits a list of names ("基本工资、津贴补贴、奖金等") into its items. A closing 等 / 等支出 is dropped from an
 * item unless the item is a name as it stands: "商业服务业等支出" is a class, not "商业服务业" and so on.
 */
final class EnumerationItems {

  private static final String[] ENDINGS = {"等支出", "等经费", "等费用", "等方面", "等"};

  private EnumerationItems() {}

  /**
   * The items of the list.
   *
   * @param known true for a text that is a known name as it stands
   */
  static List<String> split(String text, Predicate<String> known) {
    List<String> out = new ArrayList<>();
    for (String raw : text.split("[、，,；;：:]")) {
      String s = TableRows.stripNumbering(raw.strip());
      if (s.startsWith("和") || s.startsWith("及")) {
        s = s.substring(1);
      }
      if (!known.test(s)) {
        s = withoutEnding(s);
      }
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }

  private static String withoutEnding(String s) {
    for (String end : ENDINGS) {
      if (s.endsWith(end)) {
        return s.substring(0, s.length() - end.length());
      }
    }
    return s;
  }
}
