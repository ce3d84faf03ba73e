package org.gongkai.check.cross;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.check.CellValue;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.CodeRows;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;

/** Compares the same quantity in two tables, code by code and total by total. */
final class CodeMatch {

  private CodeMatch() {}

  /** One table side and the columns whose sum is the quantity compared. */
  record Side(TableView view, int side, List<Column> columns) {
    String describe(Row r) {
      StringBuilder sb = new StringBuilder(view.table().displayName());
      if (r != null) {
        var label = view.label(r, side);
        sb.append(' ').append((label.code() + " " + label.name()).strip());
      } else {
        sb.append(org.gongkai.check.Messages.text("value.no-row"));
      }
      sb.append(" 「");
      for (int i = 0; i < columns.size(); i++) {
        sb.append(i > 0 ? "+" : "").append(columns.get(i).header());
      }
      return sb.append('」').toString();
    }
  }

  /** A side and row, described in Chinese when the message needs it. */
  private record Described(Side side, Row row) {
    @Override
    public String toString() {
      return side.describe(row);
    }
  }

  /** The first side of the table that prints classification codes. */
  static Optional<Integer> codedSide(TableView v) {
    for (int s = 0; s < v.sides(); s++) {
      if (v.hasCodes(s)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The first side of the table that prints no codes but has a total row (the income side). */
  static Optional<Integer> uncodedSide(TableView v) {
    for (int s = 0; s < v.sides(); s++) {
      if (!v.hasCodes(s) && v.totalRow(s).isPresent()) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The columns of a side with any of these roles, in role order (first found per role). */
  static List<Column> columns(TableView v, int side, ColumnRole... roles) {
    List<Column> out = new ArrayList<>();
    for (ColumnRole r : roles) {
      v.column(r, side).ifPresent(out::add);
    }
    return out;
  }

  /**
   * The income table's columns that make up the given roles: a subtotal column stands for its parts
   * (财政拨款小计 for the budgets, 单位资金 for its kinds), so nothing is counted twice.
   */
  static List<Column> incomeColumns(TableView income, java.util.Collection<ColumnRole> roles) {
    Set<ColumnRole> wanted = new LinkedHashSet<>(roles);
    if (wanted.contains(ColumnRole.FISCAL_SUBTOTAL)
        && income.column(ColumnRole.FISCAL_SUBTOTAL, 0).isPresent()) {
      wanted.removeAll(FISCAL_PARTS);
    }
    if (wanted.contains(ColumnRole.UNIT_FUNDS)
        && income.column(ColumnRole.UNIT_FUNDS, 0).isPresent()) {
      wanted.remove(ColumnRole.OPERATING_REVENUE);
      wanted.remove(ColumnRole.OTHER_INCOME);
    }
    return columns(income, 0, wanted.toArray(ColumnRole[]::new));
  }

  /** The budgets a 财政拨款小计 stands for. */
  static final List<ColumnRole> FISCAL_PARTS =
      List.of(
          ColumnRole.GENERAL_PUBLIC,
          ColumnRole.GENERAL_PUBLIC_TRANSFER,
          ColumnRole.GOV_FUNDS,
          ColumnRole.GOV_FUNDS_TRANSFER,
          ColumnRole.STATE_CAPITAL,
          ColumnRole.STATE_CAPITAL_TRANSFER);

  /** The income table's fiscal-appropriation columns (the subtotal, or else the budgets). */
  static List<Column> fiscalColumns(TableView income, boolean withCarryover) {
    List<ColumnRole> roles = new ArrayList<>();
    roles.add(ColumnRole.FISCAL_SUBTOTAL);
    roles.addAll(FISCAL_PARTS);
    if (withCarryover) {
      roles.add(ColumnRole.FISCAL_CARRYOVER);
    }
    return incomeColumns(income, roles);
  }

  /** True when both tables state or imply a money unit; otherwise reports insufficient data. */
  static boolean unitsKnown(RuleContext ctx, Outcomes out, TableView a, TableView b) {
    for (TableView v : List.of(a, b)) {
      if (ctx.unit(v.table()).isEmpty()) {
        out.insufficientData(Location.of(v.table()), "table-unit-unknown");
        return false;
      }
    }
    return true;
  }

  /**
   * Compares code by code, for the code lengths both sides print; a code printed on one side only
   * is compared with blank. Returns whether anything was examined.
   */
  static boolean byCode(RuleContext ctx, Outcomes out, Side expected, Side actual) {
    CodeRows e = CodeRows.of(ctx, expected.view(), expected.side());
    CodeRows a = CodeRows.of(ctx, actual.view(), actual.side());
    Set<Integer> lengths = new HashSet<>();
    for (String c : e.codes()) {
      lengths.add(c.length());
    }
    Set<Integer> common = new HashSet<>();
    for (String c : a.codes()) {
      if (lengths.contains(c.length())) {
        common.add(c.length());
      }
    }
    Set<String> codes = new LinkedHashSet<>();
    for (String c : a.codes()) {
      if (common.contains(c.length())) {
        codes.add(c);
      }
    }
    for (String c : e.codes()) {
      if (common.contains(c.length())) {
        codes.add(c);
      }
    }
    boolean any = false;
    for (String code : codes) {
      any |= compare(ctx, out, expected, e.rows(code), actual, a.rows(code));
    }
    return any;
  }

  /** Compares the two sides' total rows. Returns whether anything was examined. */
  static boolean totals(RuleContext ctx, Outcomes out, Side expected, Side actual) {
    Optional<Row> e = expected.view().totalRow(expected.side());
    Optional<Row> a = actual.view().totalRow(actual.side());
    if (e.isEmpty() || a.isEmpty()) {
      return false;
    }
    return compare(ctx, out, expected, List.of(e.get()), actual, List.of(a.get()));
  }

  /**
   * Compares Σ expected columns over expected rows with Σ actual columns over actual rows; the
   * message gets the expected side's description as {4} and the actual side's as {5}.
   */
  static boolean compare(
      RuleContext ctx,
      Outcomes out,
      Side expected,
      List<Row> expectedRows,
      Side actual,
      List<Row> actualRows) {
    List<CellValue> ev = values(ctx, expected, expectedRows);
    List<CellValue> av = values(ctx, actual, actualRows);
    Location where =
        actualRows.isEmpty()
            ? Location.of(expected.view(), expectedRows.get(0), expected.columns().get(0))
            : Location.of(actual.view(), actualRows.get(0), actual.columns().get(0));
    // described only if a message is made: passes, the usual case, never build the text
    Described e = new Described(expected, expectedRows.isEmpty() ? null : expectedRows.get(0));
    Described a = new Described(actual, actualRows.isEmpty() ? null : actualRows.get(0));
    return FigureChecks.sums(ctx, out, where, ev, av, e, a);
  }

  private static List<CellValue> values(RuleContext ctx, Side s, List<Row> rows) {
    List<CellValue> out = new ArrayList<>();
    for (Row r : rows) {
      for (Column c : s.columns()) {
        out.add(ctx.value(s.view(), r, c));
      }
    }
    return out;
  }
}
