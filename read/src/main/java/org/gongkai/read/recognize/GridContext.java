package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.SourceRef;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.read.layout.Block;

/**
 * What is printed above a grid, read back to the previous grid: the table's label (表N) and title
 * (on one line or two, in either order), 编制单位, 单位：万元, a 续 mark; or a performance sheet's title and
 * its (2024年). Only the lines it recognises are consumed.
 */
final class GridContext {

  private static final int LOOK_BACK = 8;

  private TableLabel label;
  private String title = "";
  private TableSpec spec;
  private String preparer = "";
  private MoneyUnit unit;
  private boolean continued;
  private boolean sheet;
  private int year;
  private SourceRef titleSource;
  private final List<Integer> used = new ArrayList<>();

  static GridContext lookBack(
      List<Block> blocks, boolean[] consumed, int grid, int stop, CompiledProfile profile) {
    GridContext c = new GridContext();
    for (int j = grid - 1; j > stop && j >= grid - LOOK_BACK; j--) {
      String t = Front.text(blocks.get(j));
      if (t == null || consumed[j]) {
        break;
      }
      if (!c.line(t, blocks.get(j).source(), profile)) {
        if (isSentence(t)) {
          break;
        }
        continue;
      }
      c.used.add(j);
    }
    if (c.label != null && c.spec == null && c.title.isEmpty()) {
      c.spec = profile.specForNumber(c.label.number());
    }
    return c;
  }

  /** Reads one line above the grid; false when it is none of the things looked for. */
  private boolean line(String t, SourceRef at, CompiledProfile profile) {
    String f = Norm.fold(t);
    if (f.startsWith("编制单位") || f.startsWith("填报单位") || f.startsWith("单位名称:")) {
      preparer(t);
      return true;
    }
    if (isUnitLine(f)) {
      unit = MoneyUnit.parse(f).orElse(unit);
      return true;
    }
    if (f.equals("续表") || f.equals("(续)") || f.equals("续")) {
      continued = true;
      return true;
    }
    if (f.contains("绩效目标表") && f.length() <= 40) {
      sheet = true;
      titleSource = earliest(titleSource, at);
      return true;
    }
    int y = yearLine(f);
    if (y > 0) {
      year = y;
      return true;
    }
    TableLabel l = TableLabel.of(t);
    if (l != null && label == null) {
      label = l;
      titleSource = earliest(titleSource, at);
      if (!l.rest().isEmpty() && title.isEmpty()) {
        title(l.rest(), at, profile);
      }
      return true;
    }
    Numbering n = Numbering.of(t);
    boolean part = n != null && n.kind() == Numbering.Kind.PART;
    if (title.isEmpty()
        && !part
        && f.length() <= 60
        && !Norm.endsComplete(f)
        && f.indexOf('。') < 0) {
      TableSpec s = profile.specForTitle(f);
      if (s != null || f.endsWith("表") || f.endsWith("表(续)")) {
        title(t, at, profile);
        return true;
      }
    }
    return false;
  }

  private void title(String t, SourceRef at, CompiledProfile profile) {
    String f = Norm.fold(t);
    if (f.endsWith("(续)") || f.endsWith("续表")) {
      continued = true;
    }
    Numbering n = Numbering.of(t);
    String text = n != null && n.kind() != Numbering.Kind.PART ? n.rest() : t.strip();
    text = withoutTrailingUnit(text);
    title = Norm.compact(text);
    spec = profile.specForTitle(Norm.fold(text));
    titleSource = earliest(titleSource, at);
  }

  /** "单位收支总体情况表 单位：万元" or "…表（单位：元）": the unit is read, the title kept. */
  private String withoutTrailingUnit(String text) {
    String c = Norm.compact(text);
    int at = c.lastIndexOf("单位");
    if (at <= 0) {
      return text;
    }
    int from = at >= 2 && c.startsWith("金额", at - 2) ? at - 2 : at;
    from = from > 0 && (c.charAt(from - 1) == '（' || c.charAt(from - 1) == '(') ? from - 1 : from;
    if (!isUnitLine(Norm.fold(c.substring(from)))) {
      return text;
    }
    unit = MoneyUnit.parse(c.substring(at)).orElse(unit);
    return c.substring(0, from);
  }

  private void preparer(String t) {
    String c = Norm.compact(t);
    int colon = Math.max(c.indexOf('：'), c.indexOf(':'));
    String rest = colon >= 0 ? c.substring(colon + 1) : "";
    int unitAt = rest.lastIndexOf("单位");
    if (unitAt > 0 && isUnitLine(Norm.fold(rest.substring(unitAt)))) {
      unit = MoneyUnit.parse(rest.substring(unitAt)).orElse(unit);
      rest = rest.substring(0, unitAt);
      if (rest.endsWith("金额")) {
        rest = rest.substring(0, rest.length() - 2);
      }
    }
    preparer = rest;
  }

  /** 单位：万元, 金额单位：元, (单位：万元). */
  private static boolean isUnitLine(String f) {
    String s = f;
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.startsWith("金额")) {
      s = s.substring(2);
    }
    return s.equals("单位:万元") || s.equals("单位:元");
  }

  /** (2024年), 2024年度 → 2024; else 0. */
  private static int yearLine(String f) {
    String s = f;
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    if (s.endsWith("年度")) {
      s = s.substring(0, s.length() - 1);
    }
    if (s.length() == 5 && s.endsWith("年") && Front.yearAt(s) == 0) {
      return Integer.parseInt(s.substring(0, 4));
    }
    return 0;
  }

  private static boolean isSentence(String t) {
    String c = Norm.compact(t);
    return c.length() > 60 || c.indexOf('。') >= 0 || Numbering.of(t) != null;
  }

  /** The earlier of two places (the start of a heading printed over several lines). */
  private static SourceRef earliest(SourceRef a, SourceRef b) {
    return a == null || b.line() < a.line() ? b : a;
  }

  /** Where the heading above the grid starts, or null when nothing was found. */
  SourceRef headingSource() {
    return titleSource;
  }

  void consume(boolean[] consumed) {
    for (int j : used) {
      consumed[j] = true;
    }
  }

  TableLabel label() {
    return label;
  }

  String title() {
    return title;
  }

  TableSpec spec() {
    return spec;
  }

  String preparer() {
    return preparer;
  }

  MoneyUnit unit() {
    return unit;
  }

  boolean continued() {
    return continued;
  }

  boolean isSheet() {
    return sheet;
  }

  int year() {
    return year;
  }

  SourceRef source(Block.Grid g) {
    return titleSource != null ? titleSource : g.source();
  }
}
