package org.gongkai.check.text;

import java.util.ArrayList;
import java.util.List;

/**
 * How a document names itself: the phrases by which a 单位 or a 部门 document refers to its own budget.
 * Only self-references count — "各部门", "使用部门满意度" or "部门预算支出经济分类" name others or the official
 * classification and are never matched.
 */
final class ScopeWording {

  private static final String[] BUDGET_WORDS = {
    "预算公开", "预算情况说明", "收支总体情况", "收入总体情况", "支出总体情况", "决算公开", "决算情况说明", "收支预算总表", "收支决算总表"
  };

  private ScopeWording() {}

  /** Offsets (in {@code t}) of the self-references of a document of the given word (单位, 部门). */
  static List<int[]> selfReferences(String t, String word) {
    List<int[]> out = new ArrayList<>();
    String own = "本" + word;
    for (int i = t.indexOf(own); i >= 0; i = t.indexOf(own, i + 1)) {
      out.add(new int[] {i, i + own.length()});
    }
    for (int i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 1)) {
      if (i > 0 && t.charAt(i - 1) == '本') {
        continue;
      }
      int end = budgetWordEnd(t, i + word.length());
      if (end > 0 && !precededByOther(t, i)) {
        out.add(new int[] {i, end});
      } else if (followedByYearBudget(t, i, word)) {
        out.add(new int[] {i - 5, i + word.length() + 2});
      }
    }
    return out;
  }

  private static int budgetWordEnd(String t, int from) {
    for (String w : BUDGET_WORDS) {
      if (t.startsWith(w, from)) {
        return from + w.length();
      }
    }
    return -1;
  }

  /** "下属单位预算", "各部门预算": someone else's budget. */
  private static boolean precededByOther(String t, int i) {
    return i > 0 && "各下属该其所".indexOf(t.charAt(i - 1)) >= 0;
  }

  /** "2024年部门预算": the document's own year followed by 部门预算 / 单位预算. */
  private static boolean followedByYearBudget(String t, int i, String word) {
    boolean budget = t.startsWith("预算", i + word.length()) || t.startsWith("决算", i + word.length());
    if (!budget || i < 5 || t.charAt(i - 1) != '年') {
      return false;
    }
    for (int k = i - 5; k < i - 1; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }
}
