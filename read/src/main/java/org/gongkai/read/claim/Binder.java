package org.gongkai.read.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.RowLabel;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Measure;
import org.gongkai.model.claim.Quantity;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.model.claim.UnboundReason;

/**
 * Binds a subject to the one table quantity it talks about: the table is chosen by the subject's
 * kind and fund scope (基本支出 of the whole budget is 表3's, that of the general public budget 表5's),
 * the row by name, code or total, the column by role. Never "any number in the row": a subject
 * either names one cell or stays unbound with the reason.
 */
final class Binder {

  private final BindingContext ctx;
  private final TableRows rows;

  Binder(BindingContext ctx, TableLabels labels) {
    this.ctx = ctx;
    this.rows = new TableRows(ctx.tables(), labels);
  }

  /** Bindings already made: claims of one sentence share subjects. */
  private final java.util.Map<Subject, Binding[]> memo = new java.util.HashMap<>();

  Binding bind(Subject s, Measure m) {
    Binding[] byMeasure = memo.computeIfAbsent(s, k -> new Binding[Measure.values().length]);
    if (byMeasure[m.ordinal()] == null) {
      byMeasure[m.ordinal()] = resolve(s, m);
    }
    return byMeasure[m.ordinal()];
  }

  private Binding resolve(Subject s, Measure m) {
    return switch (s.kind().group()) {
      case TOTALS -> first(totals(s, m));
      case FUNDS -> first(funds(s, m));
      case STRUCTURE -> first(structure(s, m));
      case CLASSES -> first(classes(s, m));
      case THREE_PUBLIC -> first(List.of(() -> named(TableKind.THREE_PUBLIC_EXPENSES, s, m)));
      case OTHER_MATTERS, PROCUREMENT -> stated(s, m);
      case PROJECTS -> s.kind() == SubjectKind.PROJECT ? project(s, m) : narrativeOnly(s);
      case ASSETS -> narrativeOnly(s);
      case UNKNOWN -> Binding.unbound(UnboundReason.UNKNOWN_SUBJECT, s.name());
    };
  }

  private List<Supplier<Binding>> totals(Subject s, Measure m) {
    FundScope sc = s.scope();
    return switch (s.kind()) {
      case BUDGET_TOTAL ->
          sc == FundScope.FISCAL
              ? List.of(() -> total(TableKind.FISCAL_SUMMARY, 0, ColumnRole.TOTAL, m))
              : List.of(
                  () -> total(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, ColumnRole.TOTAL, m),
                  () -> total(TableKind.INCOME_SUMMARY, 0, ColumnRole.TOTAL, m));
      case INCOME_TOTAL -> incomeTotal(s, m);
      default -> expenditureTotal(sc, m);
    };
  }

  private List<Supplier<Binding>> incomeTotal(Subject s, Measure m) {
    return switch (s.scope()) {
      case GENERAL_PUBLIC -> funds(s.withKind(SubjectKind.FUND_GENERAL_PUBLIC), m);
      case GOV_FUNDS -> funds(s.withKind(SubjectKind.FUND_GOV_FUNDS), m);
      case STATE_CAPITAL -> funds(s.withKind(SubjectKind.FUND_STATE_CAPITAL), m);
      case FISCAL ->
          List.of(
              () -> total(TableKind.INCOME_SUMMARY, 0, ColumnRole.FISCAL_SUBTOTAL, m),
              () -> total(TableKind.FISCAL_SUMMARY, 0, ColumnRole.TOTAL, m));
      case NON_FISCAL -> List.of(() -> Binding.unbound(UnboundReason.NO_TABLE, s.name()));
      case ALL ->
          s.name().startsWith("本年")
              ? List.of(() -> named(TableKind.INCOME_EXPENDITURE_SUMMARY, s, m))
              : List.of(
                  () -> total(TableKind.INCOME_SUMMARY, 0, ColumnRole.TOTAL, m),
                  () -> total(TableKind.INCOME_EXPENDITURE_SUMMARY, 0, ColumnRole.TOTAL, m));
    };
  }

  private List<Supplier<Binding>> expenditureTotal(FundScope sc, Measure m) {
    return switch (sc) {
      case ALL ->
          List.of(
              () -> total(TableKind.EXPENDITURE_SUMMARY, 0, ColumnRole.TOTAL, m),
              () -> total(TableKind.INCOME_EXPENDITURE_SUMMARY, 1, ColumnRole.TOTAL, m));
      case GENERAL_PUBLIC ->
          List.of(
              () -> total(TableKind.GENERAL_PUBLIC_EXPENDITURE, 0, ColumnRole.TOTAL, m),
              () -> total(TableKind.FISCAL_SUMMARY, 1, ColumnRole.GENERAL_PUBLIC, m));
      case FISCAL ->
          List.of(
              () -> total(TableKind.FISCAL_SUMMARY, 1, ColumnRole.TOTAL, m),
              () -> total(TableKind.FISCAL_EXPENDITURE, 0, ColumnRole.TOTAL, m));
      case GOV_FUNDS ->
          List.of(
              () -> total(TableKind.GOV_FUNDS_EXPENDITURE, 0, ColumnRole.TOTAL, m),
              () -> total(TableKind.FISCAL_SUMMARY, 1, ColumnRole.GOV_FUNDS, m));
      case STATE_CAPITAL ->
          List.of(
              () -> total(TableKind.STATE_CAPITAL_EXPENDITURE, 0, ColumnRole.TOTAL, m),
              () -> total(TableKind.FISCAL_SUMMARY, 1, ColumnRole.STATE_CAPITAL, m));
      case NON_FISCAL -> List.of(() -> Binding.unbound(UnboundReason.NO_TABLE, ""));
    };
  }

  private List<Supplier<Binding>> funds(Subject s, Measure m) {
    Optional<ColumnRole> role = fundColumn(s.kind());
    List<Supplier<Binding>> out = new ArrayList<>();
    role.ifPresent(r -> out.add(() -> total(TableKind.INCOME_SUMMARY, 0, r, m)));
    out.add(() -> named(TableKind.INCOME_EXPENDITURE_SUMMARY, s, m));
    if (s.kind() == SubjectKind.FUND_GENERAL_PUBLIC || s.kind() == SubjectKind.FUND_FISCAL) {
      out.add(() -> named(TableKind.FISCAL_SUMMARY, s, m));
    }
    return out;
  }

  private static Optional<ColumnRole> fundColumn(SubjectKind k) {
    ColumnRole r =
        switch (k) {
          case FUND_GENERAL_PUBLIC -> ColumnRole.GENERAL_PUBLIC;
          case FUND_GENERAL_PUBLIC_TRANSFER -> ColumnRole.GENERAL_PUBLIC_TRANSFER;
          case FUND_GOV_FUNDS -> ColumnRole.GOV_FUNDS;
          case FUND_GOV_FUNDS_TRANSFER -> ColumnRole.GOV_FUNDS_TRANSFER;
          case FUND_STATE_CAPITAL -> ColumnRole.STATE_CAPITAL;
          case FUND_STATE_CAPITAL_TRANSFER -> ColumnRole.STATE_CAPITAL_TRANSFER;
          case FUND_FISCAL -> ColumnRole.FISCAL_SUBTOTAL;
          case FUND_SPECIAL_ACCOUNT -> ColumnRole.SPECIAL_ACCOUNT;
          case FUND_UNIT -> ColumnRole.UNIT_FUNDS;
          case FUND_OPERATING_REVENUE -> ColumnRole.OPERATING_REVENUE;
          case FUND_OTHER_INCOME -> ColumnRole.OTHER_INCOME;
          case CARRYOVER_FISCAL -> ColumnRole.FISCAL_CARRYOVER;
          case CARRYOVER_NON_FISCAL -> ColumnRole.NON_FISCAL_CARRYOVER;
          default -> null;
        };
    return Optional.ofNullable(r);
  }

  private List<Supplier<Binding>> structure(Subject s, Measure m) {
    boolean basicOrProject =
        s.kind() == SubjectKind.BASIC || s.kind() == SubjectKind.PROJECT_EXPENDITURE;
    ColumnRole role =
        switch (s.kind()) {
          case BASIC -> ColumnRole.BASIC;
          case PROJECT_EXPENDITURE -> ColumnRole.PROJECT;
          case PERSONNEL -> ColumnRole.PERSONNEL;
          default -> ColumnRole.OPERATING;
        };
    return basicOrProject ? basicOrProject(s.scope(), role, m) : economic(s.scope(), role, m);
  }

  private List<Supplier<Binding>> basicOrProject(FundScope sc, ColumnRole role, Measure m) {
    TableKind own =
        role == ColumnRole.BASIC
            ? TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE
            : TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE;
    return switch (sc) {
      case ALL -> List.of(() -> total(TableKind.EXPENDITURE_SUMMARY, 0, role, m));
      case GENERAL_PUBLIC ->
          List.of(
              () -> total(TableKind.GENERAL_PUBLIC_EXPENDITURE, 0, role, m),
              () -> total(own, 0, ColumnRole.TOTAL, m));
      case FISCAL ->
          List.of(
              () -> total(TableKind.FISCAL_EXPENDITURE, 0, role, m),
              () ->
                  role == ColumnRole.BASIC
                      ? total(TableKind.FISCAL_BASIC_EXPENDITURE, 0, ColumnRole.TOTAL, m)
                      : Binding.unbound(UnboundReason.NO_TABLE, ""));
      case GOV_FUNDS -> List.of(() -> total(TableKind.GOV_FUNDS_EXPENDITURE, 0, role, m));
      case STATE_CAPITAL -> List.of(() -> total(TableKind.STATE_CAPITAL_EXPENDITURE, 0, role, m));
      case NON_FISCAL -> List.of(() -> Binding.unbound(UnboundReason.NO_TABLE, ""));
    };
  }

  private List<Supplier<Binding>> economic(FundScope sc, ColumnRole role, Measure m) {
    return switch (sc) {
      case GENERAL_PUBLIC ->
          List.of(() -> total(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, 0, role, m));
      case FISCAL -> List.of(() -> total(TableKind.FISCAL_BASIC_EXPENDITURE, 0, role, m));
      default -> List.of(() -> Binding.unbound(UnboundReason.NO_TABLE, ""));
    };
  }

  private List<Supplier<Binding>> classes(Subject s, Measure m) {
    if (s.kind() == SubjectKind.ECONOMIC_CLASS) {
      return List.of(
          () -> classRow(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, 0, ColumnRole.TOTAL, s, m),
          () -> classRow(TableKind.FISCAL_BASIC_EXPENDITURE, 0, ColumnRole.TOTAL, s, m));
    }
    return switch (s.scope()) {
      case ALL ->
          List.of(
              () -> classRow(TableKind.EXPENDITURE_SUMMARY, 0, ColumnRole.TOTAL, s, m),
              () -> classRow(TableKind.INCOME_EXPENDITURE_SUMMARY, 1, ColumnRole.TOTAL, s, m));
      case GENERAL_PUBLIC ->
          List.of(
              () -> classRow(TableKind.GENERAL_PUBLIC_EXPENDITURE, 0, ColumnRole.TOTAL, s, m),
              () -> classRow(TableKind.FISCAL_SUMMARY, 1, ColumnRole.GENERAL_PUBLIC, s, m));
      case FISCAL ->
          List.of(
              () -> classRow(TableKind.FISCAL_SUMMARY, 1, ColumnRole.TOTAL, s, m),
              () -> classRow(TableKind.FISCAL_EXPENDITURE, 0, ColumnRole.TOTAL, s, m));
      case GOV_FUNDS ->
          List.of(() -> classRow(TableKind.GOV_FUNDS_EXPENDITURE, 0, ColumnRole.TOTAL, s, m));
      case STATE_CAPITAL ->
          List.of(() -> classRow(TableKind.STATE_CAPITAL_EXPENDITURE, 0, ColumnRole.TOTAL, s, m));
      case NON_FISCAL -> List.of(() -> Binding.unbound(UnboundReason.NO_TABLE, s.name()));
    };
  }

  private Binding stated(Subject s, Measure m) {
    TableKind kind =
        s.kind() == SubjectKind.AGENCY_OPERATING
            ? TableKind.AGENCY_OPERATING_EXPENSES
            : TableKind.PROCUREMENT;
    if (rows.table(kind).isEmpty()) {
      return narrativeOnly(s);
    }
    if (s.kind() == SubjectKind.AGENCY_OPERATING) {
      return total(kind, 0, ColumnRole.TOTAL, m);
    }
    return named(kind, s, m);
  }

  private Binding project(Subject s, Measure m) {
    Optional<Table> t = rows.table(TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE);
    if (t.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_TABLE, s.name());
    }
    Optional<Column> name = t.get().column(ColumnRole.PROJECT_NAME);
    if (name.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_COLUMN, s.name());
    }
    List<Row> found = rows.projectRows(t.get(), name.get(), s.name());
    if (found.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_ROW, s.name());
    }
    if (found.size() > 1) {
      return Binding.unbound(UnboundReason.AMBIGUOUS_ROW, s.name() + " ×" + found.size());
    }
    return cell(t.get(), found.get(0), 0, ColumnRole.TOTAL, m);
  }

  private Binding named(TableKind kind, Subject s, Measure m) {
    Optional<Table> t = rows.table(kind);
    if (t.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_TABLE, s.name());
    }
    return rows.byLexicon(t.get(), s)
        .map(hit -> cell(t.get(), hit.row(), hit.side(), hit.role(), hit.column(), m))
        .orElse(Binding.unbound(UnboundReason.NO_ROW, s.name()));
  }

  private Binding classRow(TableKind kind, int side, ColumnRole role, Subject s, Measure m) {
    Optional<Table> t = rows.table(kind);
    if (t.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_TABLE, s.name());
    }
    List<Row> found = rows.classRows(t.get(), side, s);
    if (found.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_ROW, s.name());
    }
    if (found.size() > 1) {
      return Binding.unbound(UnboundReason.AMBIGUOUS_ROW, s.name() + " ×" + found.size());
    }
    return cell(t.get(), found.get(0), side, role, m);
  }

  private Binding total(TableKind kind, int side, ColumnRole role, Measure m) {
    Optional<Table> t = rows.table(kind);
    if (t.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_TABLE, kind.name());
    }
    Optional<Row> total = rows.totalRow(t.get(), side);
    if (total.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_ROW, t.get().displayName());
    }
    return cell(t.get(), total.get(), side, role, m);
  }

  private Binding cell(Table t, Row r, int side, ColumnRole role, Measure m) {
    return cell(t, r, side, role, null, m);
  }

  private Binding cell(Table t, Row r, int side, ColumnRole role, Column given, Measure m) {
    Optional<Column> c = given != null ? Optional.of(given) : column(t, side, role, m);
    if (c.isEmpty()) {
      return Binding.unbound(UnboundReason.NO_COLUMN, t.displayName() + " " + role);
    }
    RowLabel label = rows.label(t, r, side);
    return Binding.to(
        new Quantity(
            t.kind(),
            t.number(),
            t.title(),
            r.index(),
            label.code(),
            label.name(),
            c.get().role(),
            c.get().header(),
            side,
            r.cell(c.get().index()),
            t.unit()));
  }

  /** The column a measure reads: 年初预算 from BUDGET, 上年 from LAST_YEAR, the actual if any. */
  private static Optional<Column> column(Table t, int side, ColumnRole role, Measure m) {
    return switch (m) {
      case ORIGINAL_BUDGET ->
          role == ColumnRole.TOTAL ? t.column(ColumnRole.BUDGET, side) : Optional.empty();
      case LAST_YEAR ->
          role == ColumnRole.TOTAL ? t.column(ColumnRole.LAST_YEAR, side) : Optional.empty();
      case THIS_YEAR ->
          role == ColumnRole.TOTAL
              ? t.column(ColumnRole.ACTUAL, side).or(() -> t.column(role, side))
              : t.column(role, side);
    };
  }

  private static Binding narrativeOnly(Subject s) {
    return Binding.unbound(UnboundReason.NARRATIVE_ONLY, s.name());
  }

  /** The first attempt that binds; else the first attempt's reason (the most specific table). */
  private static Binding first(List<Supplier<Binding>> attempts) {
    Binding firstUnbound = null;
    for (Supplier<Binding> a : attempts) {
      Binding b = a.get();
      if (b.isBound()) {
        return b;
      }
      if (firstUnbound == null || firstUnbound.reason() == UnboundReason.NO_TABLE) {
        firstUnbound = b;
      }
    }
    return firstUnbound;
  }

  BindingContext context() {
    return ctx;
  }
}
