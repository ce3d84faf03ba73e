package org.gongkai.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The label of a row on one side of a table: its classification code (digits only, may be empty)
 * and its name as printed without spaces.
 */
public record RowLabel(String code, String name) {

  private static final Pattern LEADING_CODE = Pattern.compile("^\\s*(\\d{3,7})\\s*(.*)$");
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
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
    return s == null ? "" : SPACES.matcher(s).replaceAll("");
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
