package org.gongkai.write.ledger;

import java.util.List;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetData.Compared;
import org.gongkai.write.input.ExpenditureType;
import org.gongkai.write.input.FundsCategory;

/**
 * 三公经费 by item and 机关运行经费, this year and last, as the tables and the narrative print them. 机关运行经费
 * is the ledger's 一般公共预算 basic operating funds, so the 三公/机关运行经费 table and 表6 agree.
 */
public final class ThreePublicFigures {

  /** The four items, in the order the tables print them. */
  public static final List<ColumnRole> ITEMS =
      List.of(
          ColumnRole.OVERSEAS_TRAVEL,
          ColumnRole.RECEPTION,
          ColumnRole.VEHICLE_PURCHASE,
          ColumnRole.VEHICLE_OPERATION);

  private final Ledger ledger;
  private final BudgetData.ThreePublic data;

  public ThreePublicFigures(Ledger ledger) {
    this.ledger = ledger;
    BudgetData.ThreePublic tp = ledger.data().threePublic();
    this.data = tp == null ? new BudgetData.ThreePublic(null, null, null, null) : tp;
  }

  /** One item this year and last year. */
  public Ledger.Change item(ColumnRole role) {
    Compared c =
        switch (role) {
          case OVERSEAS_TRAVEL -> data.overseasTravel();
          case RECEPTION -> data.reception();
          case VEHICLE_PURCHASE -> data.vehiclePurchase();
          case VEHICLE_OPERATION -> data.vehicleOperation();
          default -> Compared.ZERO;
        };
    return new Ledger.Change(ledger.money(c.amount()), ledger.money(c.lastYear()));
  }

  /** The sum of some items this year (vehicles subtotal: purchase + operation). */
  public Money sum(List<ColumnRole> items) {
    return change(items).current();
  }

  /** The sum of some items, this year and last. */
  public Ledger.Change change(List<ColumnRole> items) {
    Money now = Money.of("0", ledger.unit());
    Money last = Money.of("0", ledger.unit());
    for (ColumnRole r : items) {
      List<ColumnRole> parts =
          r == ColumnRole.VEHICLES
              ? List.of(ColumnRole.VEHICLE_PURCHASE, ColumnRole.VEHICLE_OPERATION)
              : List.of(r);
      for (ColumnRole p : parts) {
        Ledger.Change c = item(p);
        now = now.plus(c.current());
        last = last.plus(c.lastYear());
      }
    }
    return new Ledger.Change(now, last);
  }

  /** 机关运行经费 this year: zero for a unit that has none. */
  public Money agencyOperating() {
    return agencyOperatingChange().current();
  }

  /** 机关运行经费 this year and last. */
  public Ledger.Change agencyOperatingChange() {
    BudgetData.AgencyOperating ao = ledger.data().agencyOperating();
    boolean applicable = ao == null || ao.applicable();
    Money last = ledger.money(ao == null ? null : ao.lastYear());
    if (!applicable) {
      return new Ledger.Change(Money.of("0", ledger.unit()), last);
    }
    Money now =
        ledger.sum(
            i ->
                i.source().isGeneralPublic()
                    && i.type() == ExpenditureType.BASIC
                    && i.effectiveCategory() == FundsCategory.OPERATING);
    return new Ledger.Change(now, last);
  }

  /** The unit of the data. */
  public MoneyUnit unit() {
    return ledger.unit();
  }
}
