package org.gongkai.write.input;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The layout of the budget-data workbook: its sheets, the Chinese label of each field and the data
 * path it fills, the choices offered in drop-downs. One definition serves the template writer and
 * the reader, so a workbook written by one is read by the other.
 */
final class TemplateSheets {

  private TemplateSheets() {}

  /** A field of a key/value sheet (label in column A, value in column B) or a list column. */
  record Field(String label, String path, Kind kind, String note) {}

  /** What a field holds, for cell validation and for reading it back. */
  enum Kind {
    TEXT,
    COUNT,
    AMOUNT,
    DATE,
    YEAR,
    SCOPE,
    LAYOUT,
    MONEY_UNIT,
    YES_NO,
    FUNCTION_CODE,
    ECONOMIC_CODE,
    FUND_SOURCE,
    EXPENDITURE_TYPE,
    FUNDS_CATEGORY,
    OPERATOR
  }

  /** A key/value sheet. */
  record Form(String sheet, List<Field> fields) {}

  /** A list sheet: one record per row under a header row; {@code path} is the list's path. */
  record ListSheet(String sheet, String path, List<Field> columns) {}

  static final Form UNIT =
      new Form(
          "单位信息",
          List.of(
              new Field("单位名称", "unit.name", Kind.TEXT, "封面上的单位全称"),
              new Field("预算年度", "unit.year", Kind.YEAR, "四位年份"),
              new Field("公开主体", "unit.scope", Kind.SCOPE, "单位或部门"),
              new Field("版式", "unit.layout", Kind.LAYOUT, "公开文件的版式"),
              new Field("封面标题", "unit.coverTitle", Kind.TEXT, "上海版式封面第一行，可空"),
              new Field("公开日期", "unit.date", Kind.DATE, "文末落款日期，可空"),
              new Field("所属行政单位数", "unit.administrativeUnits", Kind.COUNT, "机关运行经费所含"),
              new Field("所属事业单位数", "unit.publicInstitutions", Kind.COUNT, "机关运行经费所含"),
              new Field("编制数", "unit.staffing.authorized", Kind.COUNT, ""),
              new Field("在职人数", "unit.staffing.inService", Kind.COUNT, ""),
              new Field("在职人数比上年增减", "unit.staffing.inServiceChange", Kind.COUNT, "减少填负数"),
              new Field("退休人数", "unit.staffing.retired", Kind.COUNT, ""),
              new Field("退休人数比上年增减", "unit.staffing.retiredChange", Kind.COUNT, "减少填负数"),
              new Field("离休人数", "unit.staffing.honorablyRetired", Kind.COUNT, ""),
              new Field("离休人数比上年增减", "unit.staffing.honorablyRetiredChange", Kind.COUNT, "减少填负数"),
              new Field("金额单位", "moneyUnit", Kind.MONEY_UNIT, "本工作簿所有金额的单位")));

  static final Form OTHER =
      new Form(
          "三公及其他",
          List.of(
              new Field("因公出国（境）费", "threePublic.overseasTravel.amount", Kind.AMOUNT, "本年"),
              new Field("因公出国（境）费（上年）", "threePublic.overseasTravel.lastYear", Kind.AMOUNT, "上年"),
              new Field("公务接待费", "threePublic.reception.amount", Kind.AMOUNT, "本年"),
              new Field("公务接待费（上年）", "threePublic.reception.lastYear", Kind.AMOUNT, "上年"),
              new Field("公务用车购置费", "threePublic.vehiclePurchase.amount", Kind.AMOUNT, "本年"),
              new Field("公务用车购置费（上年）", "threePublic.vehiclePurchase.lastYear", Kind.AMOUNT, "上年"),
              new Field("公务用车运行费", "threePublic.vehicleOperation.amount", Kind.AMOUNT, "本年"),
              new Field("公务用车运行费（上年）", "threePublic.vehicleOperation.lastYear", Kind.AMOUNT, "上年"),
              new Field("机关运行经费（上年）", "agencyOperating.lastYear", Kind.AMOUNT, "本年数由明细自动计算"),
              new Field("是否安排机关运行经费", "agencyOperating.applicable", Kind.YES_NO, "事业单位填“否”"),
              new Field("政府采购：货物", "procurement.goods", Kind.AMOUNT, ""),
              new Field("政府采购：工程", "procurement.works", Kind.AMOUNT, ""),
              new Field("政府采购：服务", "procurement.services", Kind.AMOUNT, ""),
              new Field("面向中小企业预留", "procurement.reservedForSme", Kind.AMOUNT, ""),
              new Field("其中面向小微企业预留", "procurement.reservedForSmallMicro", Kind.AMOUNT, ""),
              new Field("资产统计截至日期", "assets.asOf", Kind.DATE, ""),
              new Field("房屋面积（平方米）", "assets.buildingArea", Kind.AMOUNT, ""),
              new Field("房屋价值", "assets.buildingValue", Kind.AMOUNT, ""),
              new Field("办公家具价值", "assets.furnitureValue", Kind.AMOUNT, ""),
              new Field("其他资产价值", "assets.otherAssetsValue", Kind.AMOUNT, ""),
              new Field("单价50万元以上设备（台）", "assets.equipmentOver50", Kind.COUNT, ""),
              new Field("单价100万元以上设备（台）", "assets.equipmentOver100", Kind.COUNT, ""),
              new Field("本年预算购置车辆（辆）", "assets.plannedVehicles", Kind.COUNT, ""),
              new Field("本年购置50万元以上设备（台）", "assets.plannedEquipmentOver50", Kind.COUNT, ""),
              new Field("本年购置100万元以上设备（台）", "assets.plannedEquipmentOver100", Kind.COUNT, "")));

  static final ListSheet FUNCTIONS =
      new ListSheet("主要职能", "unit.functions", List.of(new Field("主要职能（每行一项）", "", Kind.TEXT, "")));

  static final ListSheet DEPARTMENTS =
      new ListSheet(
          "内设机构", "unit.departments", List.of(new Field("内设机构（每行一个）", "", Kind.TEXT, "")));

  static final ListSheet ORGANISATION =
      new ListSheet(
          "机构说明", "unit.organisation", List.of(new Field("机构设置说明（每行一段，可空）", "", Kind.TEXT, "")));

  static final ListSheet SUBORDINATES =
      new ListSheet(
          "下属单位",
          "unit.subordinateUnits",
          List.of(new Field("下属预算单位（每行一个，可空）", "", Kind.TEXT, "")));

  static final ListSheet ITEMS =
      new ListSheet(
          "明细",
          "items",
          List.of(
              new Field("功能分类科目（项）", "function", Kind.FUNCTION_CODE, "7位编码"),
              new Field("经济分类科目（款）", "economic", Kind.ECONOMIC_CODE, "5位编码"),
              new Field("资金来源", "source", Kind.FUND_SOURCE, ""),
              new Field("支出类型", "type", Kind.EXPENDITURE_TYPE, ""),
              new Field("人员/公用", "category", Kind.FUNDS_CATEGORY, "基本支出可空，按经济分类判断"),
              new Field("项目名称", "project", Kind.TEXT, "项目支出必填"),
              new Field("本年预算", "amount", Kind.AMOUNT, ""),
              new Field("上年预算", "lastYear", Kind.AMOUNT, "")));

  static final ListSheet VEHICLES =
      new ListSheet(
          "车辆",
          "assets.vehicles",
          List.of(
              new Field("车辆用途", "kind", Kind.TEXT, ""),
              new Field("数量（辆）", "count", Kind.COUNT, ""),
              new Field("价值", "value", Kind.AMOUNT, "")));

  static final ListSheet PROJECTS =
      new ListSheet(
          "项目",
          "projects",
          List.of(
              new Field("项目名称", "name", Kind.TEXT, "与明细中的项目名称一致"),
              new Field("立项依据", "basis", Kind.TEXT, ""),
              new Field("实施单位", "owner", Kind.TEXT, "可空，默认本单位"),
              new Field("资金用途", "allocation", Kind.TEXT, ""),
              new Field("实施期限", "period", Kind.TEXT, ""),
              new Field("项目负责人", "manager", Kind.TEXT, ""),
              new Field("总体目标", "goal", Kind.TEXT, ""),
              new Field("公开绩效目标表", "publishSheet", Kind.YES_NO, "涉密项目填“否”")));

  static final ListSheet INDICATORS =
      new ListSheet(
          "绩效指标",
          "indicators",
          List.of(
              new Field("项目名称", "project", Kind.TEXT, ""),
              new Field("一级指标", "level1", Kind.TEXT, ""),
              new Field("二级指标", "level2", Kind.TEXT, ""),
              new Field("三级指标", "name", Kind.TEXT, ""),
              new Field("比较符", "operator", Kind.OPERATOR, ""),
              new Field("指标值", "value", Kind.AMOUNT, "定量指标填数值"),
              new Field("计量单位", "unit", Kind.TEXT, ""),
              new Field("定性目标", "target", Kind.TEXT, "定性指标填写"),
              new Field("指标值设置依据", "basis", Kind.TEXT, ""),
              new Field("上年完成值", "lastYear", Kind.TEXT, ""),
              new Field("分值权重", "weight", Kind.AMOUNT, ""),
              new Field("赋分规则", "scoringRule", Kind.TEXT, ""),
              new Field("佐证资料", "evidence", Kind.TEXT, "")));

  /** Maps of (code → text) such as reasons, purposes and names of uncatalogued codes. */
  static final Map<String, String> MAPS = new LinkedHashMap<>();

  static {
    MAPS.put("变动原因", "reasons");
    MAPS.put("科目用途", "purposes");
    MAPS.put("科目名称", "codeNames");
  }

  /** The hidden sheet holding the drop-down lists. */
  static final String LISTS = "代码表";

  static String choiceLabel(Enum<?> e) {
    return switch (e.getDeclaringClass().getSimpleName()) {
      case "ExpenditureType" -> e.name().equals("BASIC") ? "基本支出" : "项目支出";
      case "FundsCategory" -> e.name().equals("PERSONNEL") ? "人员经费" : "公用经费";
      case "FundSource" -> ((FundSource) e).label();
      case "Scope" -> e.name().equals("UNIT") ? "单位" : "部门";
      default -> e.name();
    };
  }
}
