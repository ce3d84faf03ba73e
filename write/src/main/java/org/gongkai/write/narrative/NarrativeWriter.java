package org.gongkai.write.narrative;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.AgencyOperatingExpenses;
import org.gongkai.model.Amount;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Figure;
import org.gongkai.model.GlossaryEntry;
import org.gongkai.model.Indicator;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Overview;
import org.gongkai.model.Paragraph;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.model.Procurement;
import org.gongkai.model.ProjectDescription;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Staffing;
import org.gongkai.model.StateAssets;
import org.gongkai.model.Table;
import org.gongkai.model.ThreePublicExpenses;
import org.gongkai.model.VehicleHolding;
import org.gongkai.model.claim.Claim;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.ledger.CodeNames;
import org.gongkai.write.ledger.Comparisons;
import org.gongkai.write.ledger.LayoutForm;
import org.gongkai.write.ledger.Ledger;
import org.gongkai.write.ledger.ThreePublicFigures;

/**
 * Writes the narrative of a disclosure from the ledger and the tables derived from it: every
 * sentence with a figure is produced together with the typed claim it makes, bound to the table
 * cell it talks about.
 */
public final class NarrativeWriter {

  private final Facts f;
  private final LayoutForm form;

  public NarrativeWriter(
      Ledger ledger,
      List<Table> tables,
      CodeNames names,
      LayoutForm form,
      MoneyUnit narrativeUnit) {
    ThreePublicFigures tp = new ThreePublicFigures(ledger);
    Comparisons comparisons = Comparisons.of(ledger, tp, form.narrative());
    this.f = new Facts(ledger, comparisons, tp, tables, names, narrativeUnit);
    this.form = form;
  }

  public Narrative write() {
    List<Claim> claims = new ArrayList<>();
    List<NarrativeSection> sections =
        form.narrative() == LayoutForm.NarrativePlan.XINJIANG
            ? new XinjiangNarrative(f, claims).sections()
            : new ShanghaiNarrative(f, claims).sections();
    return new Narrative(
        overview(),
        sections,
        claims,
        threePublic(),
        agencyOperating(),
        procurement(),
        assets(),
        projects(),
        performance(),
        glossary(),
        WriteMessages.format("other.performance"));
  }

  private Amount amount(Money m) {
    Money printed = f.printed(m);
    return new Amount(printed, Wording.amount(m, f.unit), SourceRef.NONE);
  }

  private Amount amount(BigDecimal v) {
    return amount(f.ledger.money(v));
  }

  private Overview overview() {
    BudgetData.Unit u = f.data.unit();
    List<Paragraph> functions = new ArrayList<>();
    int n = 0;
    for (String duty : u.functions()) {
      functions.add(new Paragraph("（" + (++n) + "）" + duty.strip(), SourceRef.NONE));
    }
    List<Paragraph> organisation = new ArrayList<>();
    u.organisation().forEach(t -> organisation.add(new Paragraph(t.strip(), SourceRef.NONE)));
    organisation.add(new Paragraph(departments(u), SourceRef.NONE));
    Staffing staffing = staffing(u.staffing());
    if (staffing != null) {
      organisation.add(new Paragraph(staffingText(u.staffing()), SourceRef.NONE));
    }
    Figure count = Figure.of(u.departments().size(), "个", SourceRef.NONE);
    return new Overview(
        functions, organisation, u.departments(), count, u.subordinateUnits(), staffing);
  }

  private String departments(BudgetData.Unit u) {
    String sub =
        u.subordinateUnits().isEmpty()
            ? f.msg("ov.noSubordinate", f.unitName)
            : f.msg(
                "ov.subordinate",
                f.unitName,
                u.subordinateUnits().size(),
                String.join("、", u.subordinateUnits()));
    return sub + f.msg("ov.departments", u.departments().size(), String.join("、", u.departments()));
  }

  private static Staffing staffing(BudgetData.Staffing s) {
    if (s == null) {
      return null;
    }
    return new Staffing(
        fig(s.authorized(), "名"),
        fig(actual(s), "人"),
        fig(s.inService(), "人"),
        fig(s.inServiceChange(), "人"),
        fig(s.retired(), "人"),
        fig(s.retiredChange(), "人"),
        fig(s.honorablyRetired(), "人"),
        fig(s.honorablyRetiredChange(), "人"));
  }

  private static int actual(BudgetData.Staffing s) {
    return z(s.inService()) + z(s.retired()) + z(s.honorablyRetired());
  }

  private static int z(Integer i) {
    return i == null ? 0 : i;
  }

  private static Figure fig(Integer v, String unit) {
    return v == null ? null : Figure.of(v, unit, SourceRef.NONE);
  }

  private String staffingText(BudgetData.Staffing s) {
    return f.msg(
        "ov.staffing",
        f.unitName,
        z(s.authorized()),
        actual(s),
        z(s.inService()),
        people(s.inServiceChange()),
        z(s.retired()),
        people(s.retiredChange()),
        z(s.honorablyRetired()),
        people(s.honorablyRetiredChange()));
  }

  private String people(Integer change) {
    int c = z(change);
    if (c == 0) {
      return f.msg("ov.flat");
    }
    return f.msg(c > 0 ? "ov.up" : "ov.down", Math.abs(c));
  }

  private ThreePublicExpenses threePublic() {
    ThreePublicFigures tp = f.threePublic;
    return new ThreePublicExpenses(
        amount(tp.sum(ThreePublicFigures.ITEMS)),
        amount(tp.sum(List.of(ColumnRole.OVERSEAS_TRAVEL))),
        amount(tp.sum(List.of(ColumnRole.RECEPTION))),
        amount(tp.sum(List.of(ColumnRole.VEHICLES))),
        amount(tp.sum(List.of(ColumnRole.VEHICLE_PURCHASE))),
        amount(tp.sum(List.of(ColumnRole.VEHICLE_OPERATION))),
        SourceRef.NONE);
  }

  private AgencyOperatingExpenses agencyOperating() {
    Ledger.Change c = f.threePublic.agencyOperatingChange();
    return new AgencyOperatingExpenses(amount(c.current()), amount(c.lastYear()), SourceRef.NONE);
  }

  private Procurement procurement() {
    BudgetData.Procurement p = f.data.procurement();
    return new Procurement(
        amount(p.total()),
        amount(p.goods()),
        amount(p.works()),
        amount(p.services()),
        amount(p.reservedForSme()),
        amount(p.reservedForSmallMicro()),
        SourceRef.NONE);
  }

  private StateAssets assets() {
    BudgetData.Assets a = f.data.assets();
    List<VehicleHolding> vehicles = new ArrayList<>();
    int count = 0;
    BigDecimal value = BigDecimal.ZERO;
    for (BudgetData.Vehicle v : a.vehicles()) {
      vehicles.add(
          new VehicleHolding(
              v.kind(), Figure.of(v.count(), "辆", SourceRef.NONE), amount(v.value())));
      count += v.count();
      value = value.add(v.value());
    }
    String asOf =
        f.msg("date", a.asOf().getYear(), a.asOf().getMonthValue(), a.asOf().getDayOfMonth());
    return new StateAssets(
        asOf,
        new Figure(a.buildingArea(), "平方米", SourceRef.NONE),
        amount(a.buildingValue()),
        Figure.of(count, "辆", SourceRef.NONE),
        amount(value),
        vehicles,
        amount(a.furnitureValue()),
        amount(a.otherAssetsValue()),
        Figure.of(a.equipmentOver50(), "台", SourceRef.NONE),
        Figure.of(a.equipmentOver100(), "台", SourceRef.NONE),
        new Paragraph(
            f.msg(
                "assets.planned",
                f.year,
                a.plannedVehicles(),
                a.plannedEquipmentOver50(),
                a.plannedEquipmentOver100()),
            SourceRef.NONE),
        SourceRef.NONE);
  }

  private List<ProjectDescription> projects() {
    List<ProjectDescription> out = new ArrayList<>();
    for (BudgetData.Project p : f.data.projects()) {
      Money m = f.sum(i -> i.project().equals(p.name()));
      out.add(
          new ProjectDescription(
              p.name(),
              p.basis(),
              amount(m),
              p.owner().isBlank() ? f.unitName : p.owner(),
              p.allocation(),
              p.period(),
              SourceRef.NONE));
    }
    return out;
  }

  private List<PerformanceTargets> performance() {
    List<PerformanceTargets> out = new ArrayList<>();
    for (BudgetData.Project p : f.data.projects()) {
      if (p.indicators().isEmpty() || !p.publishSheet()) {
        continue;
      }
      Money total = f.sum(i -> i.project().equals(p.name()));
      Money fiscal = f.sum(i -> i.project().equals(p.name()) && OtherMatters.isFiscal(i.source()));
      List<Indicator> indicators = new ArrayList<>();
      for (BudgetData.Indicator i : p.indicators()) {
        indicators.add(indicator(i));
      }
      out.add(
          new PerformanceTargets(
              f.year,
              f.unitName,
              p.name(),
              p.manager(),
              amount(total),
              amount(fiscal),
              amount(total.minus(fiscal)),
              new Paragraph(p.goal().strip(), SourceRef.NONE),
              indicators,
              SourceRef.NONE));
    }
    return out;
  }

  private static Indicator indicator(BudgetData.Indicator i) {
    String op = i.operator().replace("≥", ">=").replace("≤", "<=");
    String target =
        i.value() == null
            ? i.target()
            : op + i.value().stripTrailingZeros().toPlainString() + i.unit();
    return new Indicator(
        i.level1(),
        i.level2(),
        i.name(),
        target,
        i.value() == null ? "" : op,
        i.value(),
        i.unit(),
        i.basis(),
        i.lastYear(),
        i.weight(),
        i.scoringRule(),
        i.evidence(),
        SourceRef.NONE);
  }

  private List<GlossaryEntry> glossary() {
    List<GlossaryEntry> out = new ArrayList<>();
    for (int n = 1; WriteMessages.has("glossary." + n + ".term"); n++) {
      out.add(
          new GlossaryEntry(
              WriteMessages.format("glossary." + n + ".term"),
              WriteMessages.format("glossary." + n + ".text"),
              SourceRef.NONE));
    }
    return out;
  }
}
