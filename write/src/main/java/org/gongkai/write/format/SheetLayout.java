package org.gongkai.write.format;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Amount;
import org.gongkai.model.Indicator;
import org.gongkai.model.PerformanceTargets;
import org.gongkai.write.WriteMessages;

/**
 * The grid of a performance target sheet as the layouts print it: four header rows (unit, project
 * and manager, funds, overall goal) over nine columns, then the indicator rows with their level-1
 * and level-2 names printed where they change.
 */
final class SheetLayout {

  /** The indicator table's column headers. */
  static final List<String> INDICATOR_HEADERS =
      List.of("一级指标", "二级指标", "三级指标", "指标值", "指标值设置依据", "上年完成值", "指标分值权重", "指标赋分规则", "佐证资料");

  static final int COLUMNS = INDICATOR_HEADERS.size();

  private SheetLayout() {}

  /** The first header row: 预算单位 and the unit. */
  static List<String> header(PerformanceTargets s) {
    return row("预算单位", "", s.unit());
  }

  /** The other header rows: project and manager, funds, overall goal. */
  static List<List<String>> headerRows(PerformanceTargets s) {
    List<List<String>> out = new ArrayList<>();
    out.add(row("项目名称", "", s.project(), "", "", "项目负责人", "", s.manager()));
    out.add(
        row(
            WriteMessages.format("sheet.funds"),
            "",
            "年度预算总额：",
            plain(s.fundsTotal()),
            "其中：财政拨款",
            plain(s.fundsFiscal()),
            "其他资金：",
            plain(s.fundsOther())));
    out.add(row("项目总体目标", "", s.overallGoal() == null ? "" : s.overallGoal().text()));
    return out;
  }

  private static List<String> row(String... fields) {
    List<String> out = new ArrayList<>(List.of(fields));
    while (out.size() < COLUMNS) {
      out.add("");
    }
    return out;
  }

  private static String plain(Amount a) {
    return a == null ? "" : a.money().amount().toPlainString();
  }

  /** The indicator rows, level names printed only where they change. */
  static List<String[]> indicatorRows(List<Indicator> indicators) {
    List<String[]> out = new ArrayList<>();
    String level1 = null;
    String level2 = null;
    for (Indicator i : indicators) {
      boolean new1 = !i.level1().equals(level1);
      boolean new2 = new1 || !i.level2().equals(level2);
      out.add(
          new String[] {
            new1 ? i.level1() : "",
            new2 ? i.level2() : "",
            i.name(),
            i.target(),
            i.basis(),
            i.lastYear(),
            weight(i.weight()),
            i.scoringRule(),
            i.evidence()
          });
      level1 = i.level1();
      level2 = i.level2();
    }
    return out;
  }

  private static String weight(BigDecimal w) {
    return w == null ? "" : w.stripTrailingZeros().toPlainString();
  }
}
