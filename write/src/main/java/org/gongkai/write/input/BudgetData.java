package org.gongkai.write.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Scope;

/**
 * A unit's budget as data: what a unit enters once, and from which the writer derives every table
 * and every figure of the narrative. The YAML/JSON form is documented in {@code
 * docs/budget-data.md} and shown, commented, in {@code examples/data/}. Amounts are in {@link
 * #moneyUnit()}; every {@code lastYear} is last year's budget for the same thing.
 *
 * @param moneyUnit the unit every amount of this file is written in: 万元 (default) or 元
 * @param unit who publishes, which year, which layout, and the unit's profile
 * @param items the ledger: one line per (functional 项, economic 款, fund source, basic/project,
 *     project)
 * @param codeNames names of codes that the shipped catalogue does not list (code → name)
 * @param reasons why a figure changed against last year, keyed by the subject (see the docs)
 * @param purposes what a functional class or 项 is spent on (code → text), printed after its amount
 * @param threePublic 三公经费 paid from fiscal appropriations, with last year
 * @param agencyOperating 机关运行经费 (this year's amount is derived from the ledger)
 * @param procurement 政府采购预算
 * @param assets 国有资产占用使用情况
 * @param projects project descriptions and performance target sheets
 * @param settings thresholds of validation
 */
public record BudgetData(
    String moneyUnit,
    Unit unit,
    List<LineItem> items,
    Map<String, String> codeNames,
    Map<String, String> reasons,
    Map<String, String> purposes,
    ThreePublic threePublic,
    AgencyOperating agencyOperating,
    Procurement procurement,
    Assets assets,
    List<Project> projects,
    Settings settings) {

  public BudgetData {
    moneyUnit = moneyUnit == null || moneyUnit.isBlank() ? "万元" : moneyUnit.strip();
    items = items == null ? List.of() : List.copyOf(items);
    codeNames = codeNames == null ? Map.of() : new TreeMap<>(codeNames);
    reasons = reasons == null ? Map.of() : new TreeMap<>(reasons);
    purposes = purposes == null ? Map.of() : new TreeMap<>(purposes);
    projects = projects == null ? List.of() : List.copyOf(projects);
    settings = settings == null ? Settings.DEFAULT : settings;
  }

  /**
   * The publishing unit.
   *
   * @param name the unit's full name as printed on the cover
   * @param year the budget year
   * @param scope 单位 or 部门
   * @param layout the layout profile id ({@code xinjiang-unit-budget}, {@code
   *     shanghai-unit-budget}, {@code shanghai-department-budget})
   * @param date the date printed at the end, may be null
   * @param coverTitle the cover's first line when the layout prints one above the unit
   *     (上海市普陀区2025年区级单位预算), may be empty
   * @param functions 主要职能, one entry per duty
   * @param organisation free paragraphs on the organisation printed before the list of offices, may
   *     be empty
   * @param departments the internal offices (内设机构/处室)
   * @param subordinateUnits subordinate budget units, empty when none
   * @param administrativeUnits how many 行政单位 (the unit itself included) the 机关运行经费 covers
   * @param publicInstitutions how many 事业单位 the 机关运行经费 covers
   * @param staffing 编制 and 人员
   */
  public record Unit(
      String name,
      Integer year,
      Scope scope,
      String layout,
      LocalDate date,
      String coverTitle,
      List<String> functions,
      List<String> organisation,
      List<String> departments,
      List<String> subordinateUnits,
      Integer administrativeUnits,
      Integer publicInstitutions,
      Staffing staffing) {

    public Unit {
      scope = scope == null ? Scope.UNIT : scope;
      coverTitle = coverTitle == null ? "" : coverTitle.strip();
      functions = functions == null ? List.of() : List.copyOf(functions);
      organisation = organisation == null ? List.of() : List.copyOf(organisation);
      departments = departments == null ? List.of() : List.copyOf(departments);
      subordinateUnits = subordinateUnits == null ? List.of() : List.copyOf(subordinateUnits);
    }
  }

  /** 编制数 and 实有人数 (实有 = 在职 + 退休 + 离休); each change is against last year (negative for fewer). */
  public record Staffing(
      Integer authorized,
      Integer inService,
      Integer inServiceChange,
      Integer retired,
      Integer retiredChange,
      Integer honorablyRetired,
      Integer honorablyRetiredChange) {}

  /**
   * One line of the ledger.
   *
   * @param function the functional 项 code (7 digits)
   * @param economic the economic 款 code (5 digits)
   * @param source the fund source
   * @param type basic or project expenditure
   * @param category personnel or operating funds (basic only); derived from the economic code when
   *     absent
   * @param project the project's name (project expenditure only)
   * @param amount this year's budget, ≥ 0
   * @param lastYear last year's budget for the same line, ≥ 0 (0 when new)
   */
  public record LineItem(
      String function,
      String economic,
      FundSource source,
      ExpenditureType type,
      FundsCategory category,
      String project,
      BigDecimal amount,
      BigDecimal lastYear) {

    public LineItem {
      function = function == null ? "" : function.strip();
      economic = economic == null ? "" : economic.strip();
      project = project == null ? "" : project.strip();
      lastYear = lastYear == null ? BigDecimal.ZERO : lastYear;
    }

    /** The category given, or the one the economic code implies. */
    public FundsCategory effectiveCategory() {
      return category != null ? category : FundsCategory.of(economic);
    }
  }

  /** An amount this year and last year. */
  public record Compared(BigDecimal amount, BigDecimal lastYear) {
    public static final Compared ZERO = new Compared(BigDecimal.ZERO, BigDecimal.ZERO);

    public Compared {
      amount = amount == null ? BigDecimal.ZERO : amount;
      lastYear = lastYear == null ? BigDecimal.ZERO : lastYear;
    }
  }

  /** 三公经费 paid from fiscal appropriations (一般公共预算), by item. */
  public record ThreePublic(
      Compared overseasTravel,
      Compared reception,
      Compared vehiclePurchase,
      Compared vehicleOperation) {

    public ThreePublic {
      overseasTravel = overseasTravel == null ? Compared.ZERO : overseasTravel;
      reception = reception == null ? Compared.ZERO : reception;
      vehiclePurchase = vehiclePurchase == null ? Compared.ZERO : vehiclePurchase;
      vehicleOperation = vehicleOperation == null ? Compared.ZERO : vehicleOperation;
    }
  }

  /**
   * 机关运行经费: this year's figure is the ledger's 一般公共预算 basic operating funds.
   *
   * @param lastYear last year's 机关运行经费
   * @param applicable false for a unit that has none (a 事业单位 not managed as civil service)
   */
  public record AgencyOperating(BigDecimal lastYear, Boolean applicable) {
    public AgencyOperating {
      lastYear = lastYear == null ? BigDecimal.ZERO : lastYear;
      applicable = applicable == null ? Boolean.TRUE : applicable;
    }
  }

  /** 政府采购预算 (the total is goods + works + services). */
  public record Procurement(
      BigDecimal goods,
      BigDecimal works,
      BigDecimal services,
      BigDecimal reservedForSme,
      BigDecimal reservedForSmallMicro) {

    public Procurement {
      goods = goods == null ? BigDecimal.ZERO : goods;
      works = works == null ? BigDecimal.ZERO : works;
      services = services == null ? BigDecimal.ZERO : services;
      reservedForSme = reservedForSme == null ? BigDecimal.ZERO : reservedForSme;
      reservedForSmallMicro =
          reservedForSmallMicro == null ? BigDecimal.ZERO : reservedForSmallMicro;
    }

    public BigDecimal total() {
      return goods.add(works).add(services);
    }
  }

  /**
   * 国有资产占用使用情况.
   *
   * @param asOf the date the holdings are counted at
   * @param buildingArea 房屋 in 平方米
   * @param buildingValue 房屋 value
   * @param vehicles vehicles by kind
   * @param furnitureValue 办公家具 value
   * @param otherAssetsValue 其他资产 value
   * @param equipmentOver50 large equipment worth 50 万元 or more each, count
   * @param equipmentOver100 large equipment worth 100 万元 or more each, count
   * @param plannedVehicles vehicles budgeted for purchase this year
   * @param plannedEquipmentOver50 equipment of 50 万元 or more budgeted this year
   * @param plannedEquipmentOver100 equipment of 100 万元 or more budgeted this year
   */
  public record Assets(
      LocalDate asOf,
      BigDecimal buildingArea,
      BigDecimal buildingValue,
      List<Vehicle> vehicles,
      BigDecimal furnitureValue,
      BigDecimal otherAssetsValue,
      Integer equipmentOver50,
      Integer equipmentOver100,
      Integer plannedVehicles,
      Integer plannedEquipmentOver50,
      Integer plannedEquipmentOver100) {

    public Assets {
      buildingArea = buildingArea == null ? BigDecimal.ZERO : buildingArea;
      buildingValue = buildingValue == null ? BigDecimal.ZERO : buildingValue;
      vehicles = vehicles == null ? List.of() : List.copyOf(vehicles);
      furnitureValue = furnitureValue == null ? BigDecimal.ZERO : furnitureValue;
      otherAssetsValue = otherAssetsValue == null ? BigDecimal.ZERO : otherAssetsValue;
      equipmentOver50 = equipmentOver50 == null ? 0 : equipmentOver50;
      equipmentOver100 = equipmentOver100 == null ? 0 : equipmentOver100;
      plannedVehicles = plannedVehicles == null ? 0 : plannedVehicles;
      plannedEquipmentOver50 = plannedEquipmentOver50 == null ? 0 : plannedEquipmentOver50;
      plannedEquipmentOver100 = plannedEquipmentOver100 == null ? 0 : plannedEquipmentOver100;
    }
  }

  /** Vehicles of one kind held: 一般公务用车, 执法执勤用车, 其他车辆 … */
  public record Vehicle(String kind, Integer count, BigDecimal value) {
    public Vehicle {
      kind = kind == null ? "" : kind.strip();
      count = count == null ? 0 : count;
      value = value == null ? BigDecimal.ZERO : value;
    }
  }

  /**
   * A project: its description in the narrative and its performance target sheet. Its funds come
   * from the ledger lines that name it.
   *
   * @param name as in the ledger's {@code project}
   * @param basis 设立的政策依据
   * @param owner 项目承担单位 (the unit itself when empty)
   * @param allocation 资金分配情况, free text
   * @param period 资金执行时间
   * @param manager 项目负责人
   * @param goal 项目总体目标, free text in the unit's words
   * @param publishSheet false for a project whose sheet is not published (涉密)
   * @param indicators the performance indicators
   */
  public record Project(
      String name,
      String basis,
      String owner,
      String allocation,
      String period,
      String manager,
      String goal,
      Boolean publishSheet,
      List<Indicator> indicators) {

    public Project {
      name = name == null ? "" : name.strip();
      basis = basis == null ? "" : basis;
      owner = owner == null ? "" : owner;
      allocation = allocation == null ? "" : allocation;
      period = period == null ? "" : period;
      manager = manager == null ? "" : manager;
      goal = goal == null ? "" : goal;
      publishSheet = publishSheet == null ? Boolean.TRUE : publishSheet;
      indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
  }

  /**
   * One performance indicator (绩效指标).
   *
   * @param level1 一级指标: 产出指标, 成本指标, 效益指标, 满意度指标
   * @param level2 二级指标: 数量指标, 质量指标, 时效指标, 经济成本指标 …
   * @param name 三级指标
   * @param operator one of {@code >= <= = > <}; empty for a qualitative target
   * @param value the target's number, null for a qualitative target
   * @param unit the target's unit of measure (条, %, 万元, 元/人)
   * @param target the qualitative target (有效保障) when {@code value} is null
   * @param basis 指标值设置依据
   * @param lastYear 上年完成值 as it should be printed (新增 when the indicator is new)
   * @param weight 指标分值权重
   * @param scoringRule 指标赋分规则
   * @param evidence 佐证资料
   */
  public record Indicator(
      String level1,
      String level2,
      String name,
      String operator,
      BigDecimal value,
      String unit,
      String target,
      String basis,
      String lastYear,
      BigDecimal weight,
      String scoringRule,
      String evidence) {

    public Indicator {
      level1 = level1 == null ? "" : level1.strip();
      level2 = level2 == null ? "" : level2.strip();
      name = name == null ? "" : name.strip();
      operator = operator == null ? "" : operator.strip();
      unit = unit == null ? "" : unit.strip();
      target = target == null ? "" : target.strip();
      basis = basis == null ? "" : basis;
      lastYear = lastYear == null ? "" : lastYear;
      scoringRule = scoringRule == null ? "" : scoringRule;
      evidence = evidence == null ? "" : evidence;
    }
  }

  /**
   * Validation thresholds.
   *
   * @param reasonThresholdPercent a change larger than this percentage (either way) needs a reason
   * @param reasonThresholdAmount ... and larger than this amount (in {@link #moneyUnit()}); a
   *     change from or to zero always needs one when above this amount
   */
  public record Settings(BigDecimal reasonThresholdPercent, BigDecimal reasonThresholdAmount) {
    public static final Settings DEFAULT = new Settings(null, null);

    public Settings {
      reasonThresholdPercent =
          reasonThresholdPercent == null ? BigDecimal.TEN : reasonThresholdPercent;
      reasonThresholdAmount =
          reasonThresholdAmount == null ? BigDecimal.ZERO : reasonThresholdAmount;
    }
  }
}
