package org.gongkai.read.text;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.SourceRef;
import org.gongkai.read.layout.GridCell;

/**
 * Recognises a table row some converters write with runs of spaces instead of tabs. Only the
 * unambiguous shape is taken: a classification code (3, 5 or 7 digits, or 3 + 2 + 2 digits in
 * parts) or a total label (合计, 总计, 小计), then a name, then one or more amounts and nothing else. The
 * cells it gives are the code parts, the name and the amounts; the blanks between them are lost,
 * which the recogniser knows how to handle.
 */
final class SpaceRows {

  private SpaceRows() {}

  /** The cells of a space-separated row, or null when the line is not one. */
  static List<GridCell> split(String t, SourceRef at) {
    char first = t.charAt(0);
    char last = t.charAt(t.length() - 1);
    if (!Lines.isAsciiDigit(last)
        || !(Lines.isAsciiDigit(first) || first == '合' || first == '总' || first == '小')) {
      return null;
    }
    List<String> tokens = tokens(t);
    int codes = codeTokens(tokens);
    int amountsFrom = codes;
    while (amountsFrom < tokens.size() && !isAmount(tokens.get(amountsFrom))) {
      amountsFrom++;
    }
    if (amountsFrom == codes || amountsFrom == tokens.size()) {
      return null; // no name, or no amount
    }
    String name = String.join(" ", tokens.subList(codes, amountsFrom));
    if (!hasHan(name) || codes == 0 && !isTotalLabel(name)) {
      return null;
    }
    for (int k = amountsFrom; k < tokens.size(); k++) {
      if (!isAmount(tokens.get(k))) {
        return null; // text after the amounts: a sentence, not a row
      }
    }
    List<GridCell> cells = new ArrayList<>(tokens.size());
    for (int k = 0; k < codes; k++) {
      cells.add(GridCell.of(tokens.get(k), at));
    }
    cells.add(GridCell.of(name, at));
    for (int k = amountsFrom; k < tokens.size(); k++) {
      cells.add(GridCell.of(tokens.get(k), at));
    }
    return cells;
  }

  /**
   * How many leading tokens are a code: a 3-, 5- or 7-digit code, or a 3-digit 类 followed by
   * two-digit 款 and 项 parts as long as a name comes after them.
   */
  private static int codeTokens(List<String> tokens) {
    if (tokens.isEmpty() || !isCode(tokens.get(0))) {
      return 0;
    }
    if (tokens.get(0).length() != 3) {
      return 1;
    }
    int parts = 0;
    while (parts < 2 && 1 + parts < tokens.size() && isCodePart(tokens.get(1 + parts))) {
      parts++;
    }
    while (parts > 0 && (1 + parts >= tokens.size() || isAmount(tokens.get(1 + parts)))) {
      parts--;
    }
    return 1 + parts;
  }

  private static List<String> tokens(String t) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = t.length();
    while (i < n) {
      while (i < n && Lines.isSpace(t.charAt(i))) {
        i++;
      }
      int s = i;
      while (i < n && !Lines.isSpace(t.charAt(i))) {
        i++;
      }
      if (i > s) {
        out.add(t.substring(s, i));
      }
    }
    return out;
  }

  private static boolean isCode(String s) {
    int n = s.length();
    return (n == 3 || n == 5 || n == 7) && allDigits(s);
  }

  private static boolean isCodePart(String s) {
    return s.length() == 2 && allDigits(s);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Lines.isAsciiDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  /** 1,807.53 · 1807.53 · -20.00 · 0 (digits with optional grouping and decimals). */
  static boolean isAmount(String s) {
    int i = 0;
    int n = s.length();
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '－')) {
      i = 1;
    }
    int digits = 0;
    boolean dot = false;
    for (; i < n; i++) {
      char ch = s.charAt(i);
      if (Lines.isAsciiDigit(ch)) {
        digits++;
      } else if (ch == ',' && !dot && digits > 0) {
        continue;
      } else if (ch == '.' && !dot && digits > 0) {
        dot = true;
      } else {
        return false;
      }
    }
    return digits > 0 && Lines.isAsciiDigit(s.charAt(n - 1));
  }

  private static boolean hasHan(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTotalLabel(String name) {
    String c = Lines.compact(name);
    return c.endsWith("合计") || c.endsWith("总计") || c.equals("小计");
  }
}
