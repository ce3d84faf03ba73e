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
    if (tokens.size() < 2) {
      return null;
    }
    int i = 0;
    List<String> codes = new ArrayList<>(3);
    String t0 = tokens.get(0);
    if (isCode(t0)) {
      codes.add(t0);
      i = 1;
      if (t0.length() == 3) {
        // 款 and 项 parts (two digits each) may follow, as long as a name comes after them
        int parts = 0;
        while (parts < 2 && 1 + parts < tokens.size() && isCodePart(tokens.get(1 + parts))) {
          parts++;
        }
        while (parts > 0 && (1 + parts >= tokens.size() || isAmount(tokens.get(1 + parts)))) {
          parts--;
        }
        for (int k = 1; k <= parts; k++) {
          codes.add(tokens.get(k));
        }
        i = 1 + parts;
      }
    }
    int nameStart = i;
    while (i < tokens.size() && !isAmount(tokens.get(i))) {
      i++;
    }
    if (i == nameStart || i == tokens.size()) {
      return null;
    }
    String name = String.join(" ", tokens.subList(nameStart, i));
    if (!hasHan(name) || (codes.isEmpty() && !isTotalLabel(name))) {
      return null;
    }
    for (int k = i; k < tokens.size(); k++) {
      if (!isAmount(tokens.get(k))) {
        return null;
      }
    }
    List<GridCell> cells = new ArrayList<>(codes.size() + 1 + tokens.size() - i);
    for (String c : codes) {
      cells.add(GridCell.of(c, at));
    }
    cells.add(GridCell.of(name, at));
    for (int k = i; k < tokens.size(); k++) {
      cells.add(GridCell.of(tokens.get(k), at));
    }
    return cells;
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
