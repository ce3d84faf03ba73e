package org.gongkai.check.narrative;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.RuleContext;
import org.gongkai.check.TableView;
import org.gongkai.check.view.Names;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Row;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.EnumerationClaim;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * What a list of names ("支出预算包括：…") is compared with: the classes of the bound table, the fund
 * sources of the income table, or the economic 款 of the personnel or operating column — each with
 * whether the table gives it a figure.
 */
final class Enumerations {

  /**
   * The names a list can hold, keyed as {@link #key} keys items, with their display name and
   * whether the table prints a figure for them.
   */
  record Reference(Map<String, Entry> entries, String table) {}

  /** One listable name. */
  record Entry(String name, boolean hasFigure) {}

  private Enumerations() {}

  /** The key of a listed item: its fund kind, or its name folded. */
  static String key(Subject item, String printed) {
    return item.kind().group() == SubjectKind.Group.FUNDS
        ? item.kind().name()
        : Names.fold(printed.replace("(类)", "").replace("（类）", ""));
  }

  /** A listed whole covers its parts: 上年结转结余 both carry-overs, 财政拨款 the three budgets. */
  static java.util.Set<String> covered(String key) {
    return switch (key) {
      case "CARRYOVER" ->
          java.util.Set.of(
              key, SubjectKind.CARRYOVER_FISCAL.name(), SubjectKind.CARRYOVER_NON_FISCAL.name());
      case "FUND_FISCAL" ->
          java.util.Set.of(
              key,
              SubjectKind.FUND_GENERAL_PUBLIC.name(),
              SubjectKind.FUND_GENERAL_PUBLIC_TRANSFER.name(),
              SubjectKind.FUND_GOV_FUNDS.name(),
              SubjectKind.FUND_GOV_FUNDS_TRANSFER.name(),
              SubjectKind.FUND_STATE_CAPITAL.name(),
              SubjectKind.FUND_STATE_CAPITAL_TRANSFER.name());
      case "FUND_NON_FISCAL" ->
          java.util.Set.of(
              key,
              SubjectKind.FUND_SPECIAL_ACCOUNT.name(),
              SubjectKind.FUND_UNIT.name(),
              SubjectKind.FUND_OPERATING_REVENUE.name(),
              SubjectKind.FUND_OTHER_INCOME.name(),
              SubjectKind.CARRYOVER_NON_FISCAL.name());
      default -> java.util.Set.of(key);
    };
  }

  private record ReferenceKey() {}

  /** What the list is compared with, computed once per run for each list. */
  static Optional<Reference> reference(RuleContext ctx, EnumerationClaim e) {
    java.util.Map<EnumerationClaim, Optional<Reference>> cache =
        ctx.memo(
            new ReferenceKey(),
            () -> new java.util.IdentityHashMap<EnumerationClaim, Optional<Reference>>());
    return cache.computeIfAbsent(e, x -> compute(ctx, x));
  }

  private static Optional<Reference> compute(RuleContext ctx, EnumerationClaim e) {
    return switch (e.subject().kind()) {
      case EXPENDITURE_TOTAL -> rows(ctx, e, 3);
      case PERSONNEL, OPERATING -> rows(ctx, e, 5);
      case INCOME_TOTAL -> funds(ctx);
      default -> Optional.empty();
    };
  }

  private static Optional<Reference> rows(RuleContext ctx, EnumerationClaim e, int codeLength) {
    Optional<ClaimRules.Bound> b = ClaimRules.bound(ctx, e.binding());
    if (b.isEmpty()) {
      return Optional.empty();
    }
    TableView v = b.get().view();
    Map<String, Entry> out = new LinkedHashMap<>();
    add(ctx, v, b.get().column(), codeLength, out, true);
    if (codeLength == 3 && v.table().kind() != TableKind.INCOME_EXPENDITURE_SUMMARY) {
      // the summary prints every class, empty ones too: a listed class it leaves empty has no
      // figure
      ctx.view(TableKind.INCOME_EXPENDITURE_SUMMARY)
          .ifPresent(
              s -> s.column(ColumnRole.TOTAL, 1).ifPresent(c -> add(ctx, s, c, 3, out, false)));
    }
    return out.isEmpty()
        ? Optional.empty()
        : Optional.of(new Reference(out, v.table().displayName()));
  }

  private static void add(
      RuleContext ctx,
      TableView v,
      Column column,
      int codeLength,
      Map<String, Entry> out,
      boolean authoritative) {
    int side = column.side();
    for (Row r : v.rowsWithCodeLength(side, codeLength)) {
      String name = v.label(r, side).name();
      CellValue cell = ctx.value(v, r, column);
      boolean figure = cell.isNumber() && !cell.money().isZero();
      if (authoritative) {
        out.merge(Names.fold(name), new Entry(name, figure), (x, y) -> x.hasFigure() ? x : y);
      } else if (!figure) {
        out.putIfAbsent(Names.fold(name), new Entry(name, false));
      }
    }
  }

  private static final Map<ColumnRole, SubjectKind> FUND_COLUMNS = fundColumns();

  private static Map<ColumnRole, SubjectKind> fundColumns() {
    Map<ColumnRole, SubjectKind> m = new LinkedHashMap<>();
    m.put(ColumnRole.GENERAL_PUBLIC, SubjectKind.FUND_GENERAL_PUBLIC);
    m.put(ColumnRole.GENERAL_PUBLIC_TRANSFER, SubjectKind.FUND_GENERAL_PUBLIC_TRANSFER);
    m.put(ColumnRole.GOV_FUNDS, SubjectKind.FUND_GOV_FUNDS);
    m.put(ColumnRole.GOV_FUNDS_TRANSFER, SubjectKind.FUND_GOV_FUNDS_TRANSFER);
    m.put(ColumnRole.STATE_CAPITAL, SubjectKind.FUND_STATE_CAPITAL);
    m.put(ColumnRole.STATE_CAPITAL_TRANSFER, SubjectKind.FUND_STATE_CAPITAL_TRANSFER);
    m.put(ColumnRole.SPECIAL_ACCOUNT, SubjectKind.FUND_SPECIAL_ACCOUNT);
    m.put(ColumnRole.UNIT_FUNDS, SubjectKind.FUND_UNIT);
    m.put(ColumnRole.OPERATING_REVENUE, SubjectKind.FUND_OPERATING_REVENUE);
    m.put(ColumnRole.OTHER_INCOME, SubjectKind.FUND_OTHER_INCOME);
    m.put(ColumnRole.FISCAL_CARRYOVER, SubjectKind.CARRYOVER_FISCAL);
    m.put(ColumnRole.NON_FISCAL_CARRYOVER, SubjectKind.CARRYOVER_NON_FISCAL);
    return m;
  }

  private static Optional<Reference> funds(RuleContext ctx) {
    Optional<TableView> v = ctx.view(TableKind.INCOME_SUMMARY);
    Optional<Row> total = v.flatMap(t -> t.totalRow(0));
    if (total.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Entry> out = new LinkedHashMap<>();
    for (Map.Entry<ColumnRole, SubjectKind> f : FUND_COLUMNS.entrySet()) {
      Optional<Column> c = v.get().column(f.getKey(), 0);
      if (c.isPresent()) {
        CellValue cell = ctx.value(v.get(), total.get(), c.get());
        boolean figure = cell.isNumber() && !cell.money().isZero();
        out.put(f.getValue().name(), new Entry(c.get().header(), figure));
      }
    }
    return out.isEmpty()
        ? Optional.empty()
        : Optional.of(new Reference(out, v.get().table().displayName()));
  }
}
