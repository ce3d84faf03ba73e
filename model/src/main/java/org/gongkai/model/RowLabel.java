package org.gongkai.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of a row on one side of a table: its classification code (digits only, may be empty)
 * and its name as printed without spaces.
 */
public record RowLabel(String code, String name) {

  private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{3,7})\\s*(.*)$");
  private static final Pattern TOTAL = Pattern.compile("^(合计|总计|.*总计|小计)$");

  public RowLabel {
    code = code == null ? "" : code;
    name = name == null ? "" : name;
  }

  /** Splits "201 一般公共服务支出" into code and name. */
  public static RowLabel ofCombined(String printed) {
    String compact = printed == null ? "" : printed.strip();
    Matcher m = LEADING_CODE.matcher(compact);
    if (m.matches()) {
      return new RowLabel(m.group(1), compactName(m.group(2)));
    }
    return new RowLabel("", compactName(compact));
  }

  /** Name without the spaces of spaced-out writing. */
  public static String compactName(String s) {
    if (s == null) {
      return "";
    }
    // a plain loop, not a regular expression: every row label of every table passes through here
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
      } else if (sb != null) {
        sb.append(s.charAt(i));
      }
    }
    return sb == null ? s : sb.toString();
  }

  /** ASCII whitespace (a regular expression's \\s) and the ideographic space U+3000. */
  private static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u3000';
  }

  public boolean hasCode() {
    return !code.isEmpty();
  }

  /** 合计, 总计, 收入总计 … : a row that totals the table or its side. */
  public boolean isTotal() {
    return !hasCode() && TOTAL.matcher(name).matches();
  }

  public boolean isEmpty() {
    return code.isEmpty() && name.isEmpty();
  }
}
