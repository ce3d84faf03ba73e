package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ReasonClaim;

/**
 * Reads the text after 主要原因是 into reasons, each with the amount it states and whether it adds to
 * the change (安排, 新增) or takes from it (未安排, 减少). A reason without a verb of its own takes the sign
 * of the one before it ("新增 A 10 万元，B 5 万元").
 */
final class Reasons {

  private static final String[] NEGATIVE = {
    "未安排", "不再安排", "未列入", "不再列支", "减少", "取消", "核减", "压减", "调减", "下降", "降低", "缩减", "收回", "调出"
  };
  private static final String[] POSITIVE = {
    "安排", "新增", "增加", "增设", "调增", "追加", "提高", "上涨", "增长", "纳入", "调入"
  };

  private Reasons() {}

  static List<ReasonClaim.Reason> parse(String text) {
    List<ReasonClaim.Reason> out = new ArrayList<>();
    int previousSign = 0;
    for (String piece : pieces(text)) {
      Money amount = firstAmount(piece);
      int sign = sign(piece);
      if (sign == 0 && amount != null) {
        sign = previousSign;
      }
      if (!piece.isEmpty()) {
        out.add(new ReasonClaim.Reason(piece, amount, sign));
      }
      if (sign != 0) {
        previousSign = sign;
      }
    }
    return out;
  }

  private static List<String> pieces(String text) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean cut =
          i == text.length() || "；;，,。".indexOf(text.charAt(i)) >= 0 || listMarkerAt(text, i);
      if (cut) {
        String p = TableRows.stripNumbering(text.substring(start, i)).strip();
        if (!p.isEmpty() && !p.equals(":") && !p.equals("：")) {
          out.add(trimColon(p));
        }
        start = listMarkerAt(text, i) ? i : i + 1;
      }
    }
    return out;
  }

  /** "2、" or "二是" starting a new reason in the middle of the text. */
  private static boolean listMarkerAt(String t, int i) {
    if (i == 0 || i >= t.length()) {
      return false;
    }
    char prev = t.charAt(i - 1);
    if (Character.isDigit(prev)) {
      return false;
    }
    int j = i;
    while (j < t.length() && j - i < 2 && Character.isDigit(t.charAt(j))) {
      j++;
    }
    if (j > i && j < t.length() && t.charAt(j) == '、') {
      return true;
    }
    return "一二三四五六七八九十".indexOf(t.charAt(i)) >= 0 && t.startsWith("是", i + 1);
  }

  private static String trimColon(String p) {
    String s = p;
    while (!s.isEmpty() && (s.charAt(0) == ':' || s.charAt(0) == '：')) {
      s = s.substring(1);
    }
    return s;
  }

  private static Money firstAmount(String piece) {
    for (NumberToken n : Numbers.scan(piece)) {
      if (n.kind() == NumberToken.Kind.MONEY) {
        return n.money();
      }
    }
    return null;
  }

  private static int sign(String piece) {
    for (String w : NEGATIVE) {
      if (piece.contains(w)) {
        return -1;
      }
    }
    for (String w : POSITIVE) {
      if (piece.contains(w)) {
        return 1;
      }
    }
    return 0;
  }
}
