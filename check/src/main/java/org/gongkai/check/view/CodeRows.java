package org.gongkai.check.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.TableView;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;

/**
 * The coded rows of one side of a table, grouped by code. A code's representative rows are the rows
 * that stand for its amount: normally its one row; in a project table, its subtotal row when one is
 * printed, else its project rows (which then add up to it).
 */
public final class CodeRows {

  private final Map<String, List<Row>> representatives;

  private CodeRows(Map<String, List<Row>> representatives) {
    this.representatives = representatives;
  }

  private record Key(TableView view, int side) {}

  /** The side's coded rows, grouped once per run. */
  public static CodeRows of(org.gongkai.check.RuleContext ctx, TableView v, int side) {
    return ctx.memo(new Key(v, side), () -> of(v, side));
  }

  /** Groups the side's coded rows. */
  public static CodeRows of(TableView v, int side) {
    Optional<Column> projectName =
        side == 0 ? v.column(ColumnRole.PROJECT_NAME, 0) : Optional.empty();
    Map<String, List<Row>> all = new LinkedHashMap<>();
    for (int i = 0; i < v.rows().size(); i++) {
      String code = v.label(i, side).code();
      if (!code.isEmpty()) {
        all.computeIfAbsent(code, k -> new ArrayList<>(1)).add(v.rows().get(i));
      }
    }
    if (projectName.isPresent()) {
      for (Map.Entry<String, List<Row>> e : all.entrySet()) {
        List<Row> subtotals = new ArrayList<>();
        for (Row r : e.getValue()) {
          if (!ProjectRows.isProjectRow(v, r)) {
            subtotals.add(r);
          }
        }
        if (!subtotals.isEmpty() && subtotals.size() < e.getValue().size()) {
          e.setValue(subtotals);
        }
      }
    }
    return new CodeRows(all);
  }

  /** The codes in order of first appearance. */
  public List<String> codes() {
    return List.copyOf(representatives.keySet());
  }

  /** The rows standing for this code's amount; empty when the code is absent. */
  public List<Row> rows(String code) {
    return representatives.getOrDefault(code, List.of());
  }

  /** Distinct codes of the given length under this parent code, in order. */
  public List<String> children(String parent, int length) {
    List<String> out = new ArrayList<>();
    for (String c : representatives.keySet()) {
      if (c.length() == length && c.startsWith(parent)) {
        out.add(c);
      }
    }
    return out;
  }

  /** Distinct codes of this length, in order. */
  public List<String> ofLength(int length) {
    List<String> out = new ArrayList<>();
    for (String c : representatives.keySet()) {
      if (c.length() == length) {
        out.add(c);
      }
    }
    return out;
  }

  /** The shortest code length present, 0 when there are no codes. */
  public int topLength() {
    return representatives.keySet().stream().mapToInt(String::length).min().orElse(0);
  }

  /** True when the code is a functional classification code (支出功能分类: 2xx). */
  public static boolean isFunctional(String code) {
    return !code.isEmpty() && code.charAt(0) == '2';
  }

  /** True when the code is an economic classification code (3xx department, 5xx government). */
  public static boolean isEconomic(String code) {
    return !code.isEmpty() && (code.charAt(0) == '3' || code.charAt(0) == '5');
  }
}
