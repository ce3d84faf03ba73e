package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.Binding;
import org.gongkai.model.claim.CountClaim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.FundSource;

/**
 * The parts every layout's narrative has in some order: 三公经费 with its reasons, 机关运行经费, 政府采购, 国有资产占用
 * and the performance targets. Each writes into the section it is given.
 */
final class OtherMatters {

  private final Facts f;

  OtherMatters(Facts facts) {
    this.f = facts;
  }

  private Binding threePublicCell(ColumnRole item) {
    // Row-wise 三公 tables hold items as rows; column-wise ones as columns of one row.
    String rowName =
        switch (item) {
          case OVERSEAS_TRAVEL -> "因公出国（境）费";
          case RECEPTION -> "公务接待费";
          case VEHICLES -> "公务用车购置及运行费（小计）";
          case VEHICLE_PURCHASE -> "其中：公务用车购置费";
          case VEHICLE_OPERATION -> "公务用车运行费";
          default -> "合计";
        };
    Binding byRow =
        f.quantities.name(TableKind.THREE_PUBLIC_EXPENSES, rowName, ColumnRole.TOTAL, 0);
    if (byRow.isBound()) {
      return byRow;
    }
    Binding byColumn = f.quantities.code(TableKind.THREE_PUBLIC_EXPENSES, "", item, 0);
    return byColumn.isBound() ? byColumn : Quantities.narrativeOnly();
  }

  /** 三公经费: total, each item, the change of each and its reason. */
  void threePublic(Prose p) {
    record Item(ColumnRole role, String key, SubjectKind kind, String label) {}
    List<Item> items =
        List.of(
            new Item(
                ColumnRole.OVERSEAS_TRAVEL,
                "threePublic.overseasTravel",
                SubjectKind.OVERSEAS_TRAVEL,
                "因公出国（境）费"),
            new Item(ColumnRole.RECEPTION, "threePublic.reception", SubjectKind.RECEPTION, "公务接待费"),
            new Item(
                ColumnRole.VEHICLE_PURCHASE,
                "threePublic.vehiclePurchase",
                SubjectKind.VEHICLE_PURCHASE,
                "公务用车购置费"),
            new Item(
                ColumnRole.VEHICLE_OPERATION,
                "threePublic.vehicleOperation",
                SubjectKind.VEHICLE_OPERATION,
                "公务用车运行费"));
    Subject total = Facts.subject(SubjectKind.THREE_PUBLIC_TOTAL, FundScope.FISCAL, "“三公”经费");
    Binding totalCell = threePublicCell(ColumnRole.TOTAL);
    p.text(f.msg("tp.total", f.year));
    f.amount(p, total, f.change("threePublic.total").current(), totalCell);
    p.text("，");
    f.change(p, total, "threePublic.total", totalCell);
    p.text("。").end();
    f.reason(p, total, "threePublic.total", totalCell);
    p.end().paragraph();
    int n = 0;
    for (Item it : items) {
      n++;
      Subject s = Facts.subject(it.kind(), FundScope.FISCAL, it.label());
      Binding b = threePublicCell(it.role());
      p.text(f.msg("tp.item", n, it.label()));
      f.amount(p, s, f.change(it.key()).current(), b);
      p.text("，");
      f.change(p, s, it.key(), b);
      p.text("。").end();
      f.reason(p, s, it.key(), b);
      p.end().paragraph();
    }
  }

  /** 机关运行经费. */
  void agencyOperating(Prose p) {
    BudgetData.AgencyOperating ao = f.data.agencyOperating();
    if (ao != null && !ao.applicable()) {
      p.plain(f.msg("ao.none", f.self, f.year));
      return;
    }
    BudgetData.Unit u = f.data.unit();
    Subject s = Facts.subject(SubjectKind.AGENCY_OPERATING, FundScope.FISCAL, "机关运行经费");
    Binding b =
        f.quantities.total(TableKind.GENERAL_PUBLIC_BASIC_EXPENDITURE, ColumnRole.OPERATING, 0);
    Binding col =
        f.quantities.code(TableKind.THREE_PUBLIC_EXPENSES, "", ColumnRole.AGENCY_OPERATING, 0);
    Binding bind = col.isBound() ? col : b;
    p.text(coverage(u));
    f.amount(p, s, f.change("agencyOperating").current(), bind);
    p.text("，");
    f.change(p, s, "agencyOperating", bind);
    p.text("。").end();
    f.reason(p, s, "agencyOperating", bind);
    p.end().paragraph();
    p.plain(f.msg("ao.scope"));
  }

  /** "2025年，某单位（本级及所属1家事业单位）安排…", naming only the kinds it has. */
  private String coverage(BudgetData.Unit u) {
    List<String> parts = new ArrayList<>();
    if (n(u.administrativeUnits()) > 0) {
      parts.add(f.msg("ao.admin", n(u.administrativeUnits())));
    }
    if (n(u.publicInstitutions()) > 0) {
      parts.add(f.msg("ao.institutions", n(u.publicInstitutions())));
    }
    return parts.isEmpty()
        ? f.msg("ao.amountSelf", f.year, f.unitName)
        : f.msg("ao.amount", f.year, f.unitName, String.join("、", parts));
  }

  private static int n(Integer i) {
    return i == null ? 0 : i;
  }

  /** 政府采购预算. */
  void procurement(Prose p) {
    BudgetData.Procurement pr = f.data.procurement();
    Binding none = Quantities.narrativeOnly();
    if (pr.total().signum() == 0) {
      p.text(f.msg("proc.none", f.year, f.self));
      p.claim(
          o ->
              new org.gongkai.model.claim.AmountClaim(
                  o,
                  Facts.subject(SubjectKind.PROCUREMENT_TOTAL, FundScope.ALL, "政府采购预算"),
                  new Money(BigDecimal.ZERO.setScale(2), f.unit),
                  null,
                  true,
                  none));
      p.paragraph();
      return;
    }
    p.text(f.msg("proc.total", f.year, f.self));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_TOTAL, FundScope.ALL, "政府采购预算"),
        f.ledger.money(pr.total()),
        none);
    p.text(f.msg("proc.goods"));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_GOODS, FundScope.ALL, "货物"),
        f.ledger.money(pr.goods()),
        none);
    p.text(f.msg("proc.works"));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_WORKS, FundScope.ALL, "工程"),
        f.ledger.money(pr.works()),
        none);
    p.text(f.msg("proc.services"));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_SERVICES, FundScope.ALL, "服务"),
        f.ledger.money(pr.services()),
        none);
    p.text("。").end();
    p.text(f.msg("proc.sme"));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_SME, FundScope.ALL, "面向中小企业预留"),
        f.ledger.money(pr.reservedForSme()),
        none);
    p.text(f.msg("proc.small"));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROCUREMENT_SMALL_MICRO, FundScope.ALL, "面向小微企业预留"),
        f.ledger.money(pr.reservedForSmallMicro()),
        none);
    p.text("。").end().paragraph();
  }

  /** 国有资产占用使用情况. */
  void assets(Prose p) {
    BudgetData.Assets a = f.data.assets();
    Binding none = Quantities.narrativeOnly();
    String date =
        f.msg("date", a.asOf().getYear(), a.asOf().getMonthValue(), a.asOf().getDayOfMonth());
    p.text(f.msg("assets.intro", date, f.unitName)).end().paragraph();
    p.text(f.msg("assets.building", plain(a.buildingArea())));
    f.amount(
        p,
        Facts.subject(SubjectKind.ASSET, FundScope.ALL, "房屋"),
        f.ledger.money(a.buildingValue()),
        none);
    p.text("。").end().paragraph();
    int count = a.vehicles().stream().mapToInt(BudgetData.Vehicle::count).sum();
    BigDecimal value =
        a.vehicles().stream()
            .map(BudgetData.Vehicle::value)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    p.text(f.msg("assets.vehicles", count));
    f.amount(p, Facts.subject(SubjectKind.ASSET, FundScope.ALL, "车辆"), f.ledger.money(value), none);
    if (!a.vehicles().isEmpty()) {
      p.text(f.msg("assets.vehiclesOf"));
      for (int i = 0; i < a.vehicles().size(); i++) {
        BudgetData.Vehicle v = a.vehicles().get(i);
        p.text((i > 0 ? "；" : "") + f.msg("assets.vehicleKind", v.kind(), v.count()));
        f.amount(
            p,
            Facts.subject(SubjectKind.ASSET, FundScope.ALL, v.kind()),
            f.ledger.money(v.value()),
            none);
      }
    }
    p.text("。").end().paragraph();
    p.text(f.msg("assets.furniture"));
    f.amount(
        p,
        Facts.subject(SubjectKind.ASSET, FundScope.ALL, "办公家具"),
        f.ledger.money(a.furnitureValue()),
        none);
    p.text("。").end().paragraph();
    p.text(f.msg("assets.other"));
    f.amount(
        p,
        Facts.subject(SubjectKind.ASSET, FundScope.ALL, "其他资产"),
        f.ledger.money(a.otherAssetsValue()),
        none);
    p.text("。").end().paragraph();
    p.text(f.msg("assets.equipment", a.equipmentOver50(), a.equipmentOver100())).end().paragraph();
    p.text(
            f.msg(
                "assets.planned",
                f.year,
                a.plannedVehicles(),
                a.plannedEquipmentOver50(),
                a.plannedEquipmentOver100()))
        .end()
        .paragraph();
  }

  private static String plain(BigDecimal v) {
    return v.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }

  /** 财政拨款, this year's or carried over. */
  static boolean isFiscal(FundSource s) {
    return s.group() == FundSource.Group.FISCAL || s.group() == FundSource.Group.FISCAL_CARRYOVER;
  }

  /**
   * 预算绩效: how many projects carry targets and the money they involve; the confidential ones; then
   * the published sheets split by fiscal and other money (the split a reader can match against the
   * sheets that follow).
   */
  void performance(Prose p) {
    List<BudgetData.Project> withTargets = new ArrayList<>();
    List<BudgetData.Project> published = new ArrayList<>();
    for (BudgetData.Project pr : f.data.projects()) {
      if (!pr.indicators().isEmpty() || !pr.publishSheet()) {
        withTargets.add(pr);
      }
      if (!pr.indicators().isEmpty() && pr.publishSheet()) {
        published.add(pr);
      }
    }
    if (withTargets.isEmpty()) {
      p.plain(f.msg("perf.none", f.year, f.self));
      return;
    }
    Subject projects = Facts.subject(SubjectKind.PROJECTS, FundScope.ALL, "绩效目标管理项目");
    int total = withTargets.size();
    p.text(f.msg("perf.count", f.year, total));
    p.claim(
        o ->
            new CountClaim(
                o, projects, BigDecimal.valueOf(total), "个", "", Quantities.narrativeOnly()));
    f.amount(p, projects, money(withTargets, x -> true), Quantities.narrativeOnly());
    p.text("。").end();
    int hidden = total - published.size();
    if (hidden > 0) {
      p.text(f.msg("perf.hidden", hidden, published.size())).end();
    }
    split(p, published);
    p.text(f.msg("perf.follow")).end().paragraph();
  }

  /** The published sheets by funding: counts when each project has one kind of money. */
  private void split(Prose p, List<BudgetData.Project> published) {
    List<BudgetData.Project> fiscal = new ArrayList<>();
    List<BudgetData.Project> other = new ArrayList<>();
    boolean mixed = false;
    for (BudgetData.Project pr : published) {
      Money fm = money(List.of(pr), i -> isFiscal(i.source()));
      Money om = money(List.of(pr), i -> !isFiscal(i.source()));
      (fm.signum() != 0 ? fiscal : other).add(pr);
      mixed |= fm.signum() != 0 && om.signum() != 0;
    }
    if (other.isEmpty() && !mixed || fiscal.isEmpty() && !mixed) {
      return;
    }
    Money fm = money(published, i -> isFiscal(i.source()));
    Money om = money(published, i -> !isFiscal(i.source()));
    p.text(mixed ? f.msg("perf.splitMoney") : f.msg("perf.split", fiscal.size()));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROJECTS, FundScope.FISCAL, "财政拨款项目"),
        fm,
        Quantities.narrativeOnly());
    p.text(mixed ? f.msg("perf.otherMoney") : f.msg("perf.other", other.size()));
    f.amount(
        p,
        Facts.subject(SubjectKind.PROJECTS, FundScope.NON_FISCAL, "非财政拨款项目"),
        om,
        Quantities.narrativeOnly());
    p.text("。").end();
  }

  private Money money(
      List<BudgetData.Project> projects,
      java.util.function.Predicate<BudgetData.LineItem> selection) {
    java.util.Set<String> names = new java.util.HashSet<>();
    projects.forEach(pr -> names.add(pr.name()));
    return f.sum(i -> names.contains(i.project()) && selection.test(i));
  }
}
