package org.gongkai.write.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.ledger.CodeNames;
import org.gongkai.write.ledger.Comparisons;
import org.gongkai.write.ledger.LayoutForm;
import org.gongkai.write.ledger.Ledger;
import org.gongkai.write.ledger.ThreePublicFigures;

/**
 * Checks budget data before anything is written: required parts present, codes known for the year,
 * amounts not negative, parts that must balance, and a reason for every large change the narrative
 * will state. Returns every problem, each naming its field; nothing is written while an error
 * remains.
 */
public final class BudgetValidator {

  private static final String THREE_PUBLIC_TOTAL = "threePublic.total";

  private final CodeNames names;
  private final List<InputProblem> problems = new ArrayList<>();

  public BudgetValidator(CodeNames names) {
    this.names = names;
  }

  /** Every problem of the data: errors and warnings, in field order. */
  public List<InputProblem> validate(BudgetData data) {
    problems.clear();
    Optional<LayoutProfile> profile = unit(data);
    Optional<LayoutForm> form =
        profile.flatMap(p -> LayoutForm.forLayout(p.id())).or(Optional::empty);
    if (MoneyUnit.parse(data.moneyUnit()).isEmpty()) {
      error("moneyUnit", "input.moneyUnit", data.moneyUnit());
    }
    items(data);
    form.ifPresent(f -> coverage(data, f));
    requiredParts(data);
    threePublic(data);
    procurement(data);
    assets(data);
    projects(data, profile);
    if (form.isPresent() && noErrors()) {
      reasons(data, form.get());
    }
    return List.copyOf(problems);
  }

  private boolean noErrors() {
    return problems.stream().noneMatch(InputProblem::isError);
  }

  private Optional<LayoutProfile> unit(BudgetData data) {
    BudgetData.Unit u = data.unit();
    if (u == null) {
      error("unit", "input.required", "unit");
      return Optional.empty();
    }
    if (blank(u.name())) {
      error("unit.name", "input.required", "unit.name");
    }
    if (u.year() == null || u.year() < 2000 || u.year() > 2100) {
      error("unit.year", "input.year", String.valueOf(u.year()));
    }
    if (u.functions().isEmpty()) {
      error("unit.functions", "input.required", "unit.functions");
    }
    staffing(u.staffing());
    if (blank(u.layout())) {
      error("unit.layout", "input.required", "unit.layout");
      return Optional.empty();
    }
    Optional<LayoutProfile> p = LayoutProfiles.byId(u.layout());
    if (p.isEmpty() || LayoutForm.forLayout(u.layout()).isEmpty()) {
      error("unit.layout", "input.layout", u.layout());
      return Optional.empty();
    }
    if (p.get().scope() != null && p.get().scope() != u.scope()) {
      error("unit.scope", "input.scope", u.scope().label(), p.get().name());
    }
    return p;
  }

  private void staffing(BudgetData.Staffing s) {
    if (s == null) {
      error("unit.staffing", "input.required", "unit.staffing");
      return;
    }
    nonNegative("unit.staffing.authorized", s.authorized());
    nonNegative("unit.staffing.inService", s.inService());
    nonNegative("unit.staffing.retired", s.retired());
    nonNegative("unit.staffing.honorablyRetired", s.honorablyRetired());
  }

  private void items(BudgetData data) {
    if (data.items().isEmpty()) {
      error("items", "input.required", "items");
      return;
    }
    Set<String> warned = new HashSet<>();
    for (int n = 0; n < data.items().size(); n++) {
      item("items[" + n + "]", data.items().get(n), warned);
    }
  }

  private void item(String path, LineItem item, Set<String> warned) {
    if (!item.function().matches("\\d{7}")) {
      error(path + ".function", "input.functionCode", item.function());
    } else {
      for (int len : new int[] {3, 5, 7}) {
        code(path + ".function", item.function().substring(0, len), true, warned);
      }
    }
    if (!item.economic().matches("\\d{5}")) {
      error(path + ".economic", "input.economicCode", item.economic());
    } else {
      code(path + ".economic", item.economic().substring(0, 3), false, warned);
      code(path + ".economic", item.economic(), false, warned);
    }
    if (item.source() == null) {
      error(path + ".source", "input.required", "source");
    }
    if (item.type() == null) {
      error(path + ".type", "input.required", "type");
    } else if (item.type() == ExpenditureType.PROJECT && item.project().isEmpty()) {
      error(path + ".project", "input.projectName");
    } else if (item.type() == ExpenditureType.BASIC && !item.project().isEmpty()) {
      error(path + ".project", "input.basicWithProject", item.project());
    }
    if (item.amount() == null) {
      error(path + ".amount", "input.required", "amount");
    } else {
      nonNegative(path + ".amount", item.amount());
    }
    nonNegative(path + ".lastYear", item.lastYear());
  }

  private void code(String path, String code, boolean function, Set<String> warned) {
    boolean official = function ? names.knowsFunction(code) : names.knowsEconomic(code);
    if (official) {
      return;
    }
    boolean named = (function ? names.functionName(code) : names.economicName(code)).isPresent();
    if (!named) {
      error(path, "input.unknownCode", code);
    } else if (warned.add(code)) {
      warning(path, "input.uncataloguedCode", code);
    }
  }

  /** Every fund source used must have a level-1 income row of the layout that counts it. */
  private void coverage(BudgetData data, LayoutForm form) {
    Set<FundSource> covered = EnumSet.noneOf(FundSource.class);
    form.incomeRows().stream()
        .filter(r -> r.level() == 1)
        .forEach(r -> covered.addAll(r.sources()));
    for (int n = 0; n < data.items().size(); n++) {
      FundSource s = data.items().get(n).source();
      if (s != null && !covered.contains(s)) {
        error("items[" + n + "].source", "input.sourceNotInLayout", s.name(), form.layout());
      }
    }
  }

  private void requiredParts(BudgetData data) {
    if (data.threePublic() == null) {
      error("threePublic", "input.required", "threePublic");
    }
    if (data.agencyOperating() == null) {
      error("agencyOperating", "input.required", "agencyOperating");
    }
    if (data.procurement() == null) {
      error("procurement", "input.required", "procurement");
    }
    if (data.assets() == null) {
      error("assets", "input.required", "assets");
    }
  }

  private void threePublic(BudgetData data) {
    BudgetData.ThreePublic t = data.threePublic();
    if (t == null) {
      return;
    }
    compared("threePublic.overseasTravel", t.overseasTravel());
    compared("threePublic.reception", t.reception());
    compared("threePublic.vehiclePurchase", t.vehiclePurchase());
    compared("threePublic.vehicleOperation", t.vehicleOperation());
    BigDecimal total =
        t.overseasTravel()
            .amount()
            .add(t.reception().amount())
            .add(t.vehiclePurchase().amount())
            .add(t.vehicleOperation().amount());
    BigDecimal fiscal = BigDecimal.ZERO;
    for (LineItem i : data.items()) {
      if (i.source() != null
          && i.source().group() == FundSource.Group.FISCAL
          && i.amount() != null) {
        fiscal = fiscal.add(i.amount());
      }
    }
    if (total.compareTo(fiscal) > 0) {
      error("threePublic", "input.threePublicAboveFiscal", plain(total), plain(fiscal));
    }
    if (data.agencyOperating() != null) {
      nonNegative("agencyOperating.lastYear", data.agencyOperating().lastYear());
    }
  }

  private void compared(String path, BudgetData.Compared c) {
    nonNegative(path + ".amount", c.amount());
    nonNegative(path + ".lastYear", c.lastYear());
  }

  private void procurement(BudgetData data) {
    BudgetData.Procurement p = data.procurement();
    if (p == null) {
      return;
    }
    nonNegative("procurement.goods", p.goods());
    nonNegative("procurement.works", p.works());
    nonNegative("procurement.services", p.services());
    nonNegative("procurement.reservedForSme", p.reservedForSme());
    nonNegative("procurement.reservedForSmallMicro", p.reservedForSmallMicro());
    if (p.reservedForSme().compareTo(p.total()) > 0) {
      error(
          "procurement.reservedForSme",
          "input.smeAboveTotal",
          plain(p.reservedForSme()),
          plain(p.total()));
    }
    if (p.reservedForSmallMicro().compareTo(p.reservedForSme()) > 0) {
      error(
          "procurement.reservedForSmallMicro",
          "input.smallAboveSme",
          plain(p.reservedForSmallMicro()),
          plain(p.reservedForSme()));
    }
  }

  private void assets(BudgetData data) {
    BudgetData.Assets a = data.assets();
    if (a == null) {
      return;
    }
    if (a.asOf() == null) {
      error("assets.asOf", "input.required", "assets.asOf");
    }
    nonNegative("assets.buildingArea", a.buildingArea());
    nonNegative("assets.buildingValue", a.buildingValue());
    nonNegative("assets.furnitureValue", a.furnitureValue());
    nonNegative("assets.otherAssetsValue", a.otherAssetsValue());
    for (int n = 0; n < a.vehicles().size(); n++) {
      BudgetData.Vehicle v = a.vehicles().get(n);
      String path = "assets.vehicles[" + n + "]";
      if (v.kind().isEmpty()) {
        error(path + ".kind", "input.required", "kind");
      }
      nonNegative(path + ".count", v.count());
      nonNegative(path + ".value", v.value());
    }
    if (a.equipmentOver100() > a.equipmentOver50()) {
      error(
          "assets.equipmentOver100", "input.equipment", a.equipmentOver100(), a.equipmentOver50());
    }
  }

  private void projects(BudgetData data, Optional<LayoutProfile> profile) {
    Set<String> ledgerProjects = new HashSet<>();
    data.items().forEach(i -> ledgerProjects.add(i.project()));
    Set<String> seen = new HashSet<>();
    for (int n = 0; n < data.projects().size(); n++) {
      BudgetData.Project p = data.projects().get(n);
      String path = "projects[" + n + "]";
      if (!ledgerProjects.contains(p.name())) {
        error(path + ".name", "input.projectNotInLedger", p.name());
      }
      if (!seen.add(p.name())) {
        error(path + ".name", "input.projectTwice", p.name());
      }
      Integer weightTotal = profile.map(LayoutProfile::performanceWeightTotal).orElse(null);
      indicators(path, p, weightTotal);
    }
  }

  private void indicators(String path, BudgetData.Project p, Integer weightTotal) {
    if (p.indicators().isEmpty()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (int k = 0; k < p.indicators().size(); k++) {
      BudgetData.Indicator ind = p.indicators().get(k);
      String ip = path + ".indicators[" + k + "]";
      if (ind.name().isEmpty()) {
        error(ip + ".name", "input.required", "name");
      }
      if (ind.level1().isEmpty() || ind.level2().isEmpty()) {
        error(ip + ".level1", "input.indicatorLevels");
      }
      if (ind.value() == null && ind.target().isEmpty()) {
        error(ip + ".value", "input.indicatorTarget");
      }
      if (ind.value() != null && !ind.operator().matches(">=|<=|=|>|<|≥|≤")) {
        error(ip + ".operator", "input.indicatorOperator", ind.operator());
      }
      if (ind.weight() == null) {
        error(ip + ".weight", "input.required", "weight");
      } else {
        nonNegative(ip + ".weight", ind.weight());
        sum = sum.add(ind.weight());
      }
    }
    if (weightTotal != null && sum.compareTo(BigDecimal.valueOf(weightTotal)) != 0) {
      error(path + ".indicators", "input.weights", plain(sum), weightTotal);
    }
  }

  /** A change the narrative states that is larger than the thresholds needs its reason. */
  private void reasons(BudgetData data, LayoutForm form) {
    Ledger ledger = new Ledger(data);
    Comparisons comparisons =
        Comparisons.of(ledger, new ThreePublicFigures(ledger), form.narrative());
    BudgetData.Settings s = data.settings();
    for (Map.Entry<String, Ledger.Change> e : comparisons.all().entrySet()) {
      if (needsReason(e.getKey(), e.getValue(), s) && blank(data.reasons().get(e.getKey()))) {
        Ledger.Change c = e.getValue();
        error(
            "reasons." + e.getKey(),
            "input.reasonMissing",
            plain(c.lastYear().amount()),
            plain(c.current().amount()));
      }
    }
  }

  /**
   * Whether a change needs its reason: above the thresholds, or — for the 三公 total, whose every
   * change the disclosure rules ask to be explained — any change at all.
   */
  static boolean needsReason(String key, Ledger.Change c, BudgetData.Settings s) {
    BigDecimal now = c.current().amount();
    BigDecimal last = c.lastYear().amount();
    BigDecimal diff = now.subtract(last).abs();
    if (key.equals(THREE_PUBLIC_TOTAL)) {
      return diff.signum() != 0;
    }
    if (diff.signum() == 0 || diff.compareTo(s.reasonThresholdAmount()) <= 0) {
      return false;
    }
    if (last.signum() == 0 || now.signum() == 0) {
      return true;
    }
    BigDecimal pct = diff.multiply(BigDecimal.valueOf(100)).divide(last, 4, RoundingMode.HALF_UP);
    return pct.compareTo(s.reasonThresholdPercent()) > 0;
  }

  private void nonNegative(String path, Number value) {
    if (value == null) {
      return;
    }
    boolean negative = value instanceof BigDecimal bd ? bd.signum() < 0 : value.longValue() < 0;
    if (negative) {
      error(path, "input.negative", value.toString());
    }
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private void error(String path, String key, Object... args) {
    problems.add(
        new InputProblem(path, InputProblem.Severity.ERROR, WriteMessages.format(key, args)));
  }

  private void warning(String path, String key, Object... args) {
    problems.add(
        new InputProblem(path, InputProblem.Severity.WARNING, WriteMessages.format(key, args)));
  }
}
