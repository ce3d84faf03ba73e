package org.gongkai.write.ledger;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gongkai.model.ColumnRole;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.input.ExpenditureType;
import org.gongkai.write.input.FundSource;

/**
 * Every figure the narrative compares with last year, by the key under which the budget data gives
 * the reason for its change ({@code reasons:} in the data). The narrative writer and the validator
 * both read this list, so a change the narrative states is exactly a change that needs a reason.
 */
public final class Comparisons {

  /** Income lines of the narrative, in the order it states them, with their keys. */
  public static final List<IncomeLine> INCOME_LINES =
      List.of(
          new IncomeLine("income.generalPublic", i -> i.source() == FundSource.GENERAL_PUBLIC),
          new IncomeLine(
              "income.generalPublicTransfer",
              i -> i.source() == FundSource.GENERAL_PUBLIC_TRANSFER),
          new IncomeLine("income.govFunds", i -> i.source() == FundSource.GOV_FUNDS),
          new IncomeLine(
              "income.govFundsTransfer", i -> i.source() == FundSource.GOV_FUNDS_TRANSFER),
          new IncomeLine("income.stateCapital", i -> i.source() == FundSource.STATE_CAPITAL),
          new IncomeLine(
              "income.stateCapitalTransfer", i -> i.source() == FundSource.STATE_CAPITAL_TRANSFER),
          new IncomeLine("income.specialAccount", i -> i.source() == FundSource.SPECIAL_ACCOUNT),
          new IncomeLine("income.unitFunds", i -> i.source().isUnitFunds()),
          new IncomeLine(
              "income.fiscalCarryover",
              i -> i.source().group() == FundSource.Group.FISCAL_CARRYOVER),
          new IncomeLine(
              "income.nonFiscalCarryover",
              i -> i.source().group() == FundSource.Group.NON_FISCAL_CARRYOVER));

  /** One income line: its key and the line items it sums. */
  public record IncomeLine(String key, Predicate<LineItem> selection) {}

  private final Map<String, Ledger.Change> byKey;

  private Comparisons(Map<String, Ledger.Change> byKey) {
    this.byKey = byKey;
  }

  /** The comparisons the narrative of a plan makes. */
  public static Comparisons of(
      Ledger ledger, ThreePublicFigures threePublic, LayoutForm.NarrativePlan plan) {
    Map<String, Ledger.Change> m = new LinkedHashMap<>();
    Predicate<LineItem> gp = i -> i.source().isGeneralPublic();
    if (plan == LayoutForm.NarrativePlan.XINJIANG) {
      for (IncomeLine line : INCOME_LINES) {
        m.put(line.key(), ledger.change(line.selection()));
      }
      m.put("expenditure.basic", ledger.change(i -> i.type() == ExpenditureType.BASIC));
      m.put("expenditure.project", ledger.change(i -> i.type() == ExpenditureType.PROJECT));
      m.put("generalPublic.basic", ledger.change(gp.and(i -> i.type() == ExpenditureType.BASIC)));
      m.put(
          "generalPublic.project", ledger.change(gp.and(i -> i.type() == ExpenditureType.PROJECT)));
      for (String code : functionItems(ledger, gp)) {
        m.put("function." + code, ledger.change(gp.and(i -> i.function().equals(code))));
      }
    } else {
      m.put("fiscal.total", ledger.change(i -> i.source().group() == FundSource.Group.FISCAL));
      m.put("fiscal.generalPublic", ledger.change(gp));
      m.put("fiscal.govFunds", ledger.change(i -> i.source().isGovFunds()));
      m.put("fiscal.stateCapital", ledger.change(i -> i.source().isStateCapital()));
    }
    m.put("threePublic.total", threePublic.change(ThreePublicFigures.ITEMS));
    m.put("threePublic.overseasTravel", threePublic.change(List.of(ColumnRole.OVERSEAS_TRAVEL)));
    m.put("threePublic.reception", threePublic.change(List.of(ColumnRole.RECEPTION)));
    m.put("threePublic.vehiclePurchase", threePublic.change(List.of(ColumnRole.VEHICLE_PURCHASE)));
    m.put(
        "threePublic.vehicleOperation", threePublic.change(List.of(ColumnRole.VEHICLE_OPERATION)));
    m.put("agencyOperating", threePublic.agencyOperatingChange());
    return new Comparisons(m);
  }

  /** The 项 codes with 一般公共预算 money this year or last, in code order. */
  public static List<String> functionItems(Ledger ledger, Predicate<LineItem> scope) {
    TreeSet<String> codes = new TreeSet<>();
    for (LineItem i : ledger.items()) {
      if (scope.test(i)
          && (i.amount() != null && i.amount().signum() != 0 || i.lastYear().signum() != 0)) {
        codes.add(i.function());
      }
    }
    return new ArrayList<>(codes);
  }

  public Optional<Ledger.Change> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** All comparisons, keyed, in narrative order. */
  public Map<String, Ledger.Change> all() {
    return java.util.Collections.unmodifiableMap(byKey);
  }
}
