package org.gongkai.read.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Indicator;
import org.gongkai.model.PerformanceTargets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerformanceSheetsTest {

  private static final String HEADER_ROWS =
      "预算单位\t\t某某局\t\t\t\t\t\t\n"
          + "项目名称\t\t示范项目\t\t\t项目负责人\t\t张三\t\n"
          + "项目资金（万元）\t\t年度预算总额：\t10.00\t其中： 财政拨款\t8.00\t其他资金：\t2.00\t\n"
          + "项目总体目标\t\t完成示范任务，\t\t\t\t\t\t\n";

  private static final String INDICATOR_HEADER =
      "一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成值\t指标分值权重\t指标赋分规则\t佐证资料\n";

  private static PerformanceTargets only(Disclosure d) {
    assertThat(d.performance()).hasSize(1);
    return d.performance().get(0);
  }

  @Test
  void readsTheHeaderAndTheIndicators() {
    Disclosure d =
        Docs.read(
            "项目支出绩效目标表\n(2024年)\n"
                + HEADER_ROWS
                + INDICATOR_HEADER
                + "产出指标\t数量指标\t培训人数（人）\t≥ 100 人\t计划标准\t90 人\t30\t按比例赋分\t工作资料\n"
                + "\t质量指标\t合格率（%）\t=100%\t计划标准\t新增\t30\t直接赋分\t工作资料\n"
                + "效益指标\t社会效益指标\t服务水平\t有效提升\t其他标准\t新增\t30\t按等级赋分\t说明材料\n");
    PerformanceTargets p = only(d);
    assertThat(p.year()).isEqualTo(2024);
    assertThat(p.unit()).isEqualTo("某某局");
    assertThat(p.project()).isEqualTo("示范项目");
    assertThat(p.manager()).isEqualTo("张三");
    assertThat(p.fundsTotal().money().amount()).isEqualByComparingTo("10.00");
    assertThat(p.fundsFiscal().money().amount()).isEqualByComparingTo("8.00");
    assertThat(p.fundsOther().money().amount()).isEqualByComparingTo("2.00");
    assertThat(p.overallGoal().text()).isEqualTo("完成示范任务，");
    assertThat(p.source().line()).isEqualTo(1);
    assertThat(p.indicators()).hasSize(3);
    Indicator first = p.indicators().get(0);
    assertThat(first.operator()).isEqualTo(">=");
    assertThat(first.value()).isEqualByComparingTo("100");
    assertThat(first.unit()).isEqualTo("人");
    assertThat(first.weight()).isEqualByComparingTo("30");
    Indicator second = p.indicators().get(1);
    assertThat(second.level1()).isEqualTo("产出指标");
    assertThat(second.level2()).isEqualTo("质量指标");
    Indicator third = p.indicators().get(2);
    assertThat(third.operator()).isEmpty();
    assertThat(third.value()).isNull();
    assertThat(third.target()).isEqualTo("有效提升");
  }

  @Test
  void mendsWrappedShiftedAndCentredRowsAndRepeatedHeaders() {
    Disclosure d =
        Docs.read(
            "项目支出绩效目标表\n"
                + HEADER_ROWS
                + INDICATOR_HEADER
                + "产出指标\t数量指标\t会议室维护费\t=10 万元\t预算支出标准\t新增\t10\t按照正常比例\t原始凭证\n"
                + "\n"
                + "\t\t(万元)\t\t\t\t\t赋分\t\n"
                + INDICATOR_HEADER
                + "\t成本指标\t经济成本指标\t人均成本（万元/人）\t=0.03 万元/人\t预算支出标准\t新增\t20\t按比例赋分\n"
                + "\t\t保障日常 工作运行\t有效保障\t其他标准\t新增\t10\t按等级赋分\t说明材料\n"
                + "效益指标\t社会效益 指标\t\t\t\t\t\t\t\n"
                + "\t\t运转\t\t\t\t\t\t\n"
                + "\t\t确保工作落实\t有效确保\t其他标准\t新增\t10\t按等级赋分\t说明材料\n");
    PerformanceTargets p = only(d);
    assertThat(p.indicators())
        .extracting(Indicator::level1, Indicator::level2, Indicator::name, Indicator::scoringRule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("产出指标", "数量指标", "会议室维护费(万元)", "按照正常比例赋分"),
            org.assertj.core.groups.Tuple.tuple("成本指标", "经济成本指标", "人均成本（万元/人）", "按比例赋分"),
            org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标", "保障日常工作运行运转", "按等级赋分"),
            org.assertj.core.groups.Tuple.tuple("效益指标", "社会效益指标", "确保工作落实", "按等级赋分"));
    assertThat(p.indicators().get(1).evidence()).isEmpty();
    assertThat(p.indicators().get(1).weight()).isEqualByComparingTo("20");
    assertThat(Docs.codes(d))
        .contains(
            "read.indicator.continued", "read.indicator.shifted", "read.indicator.relabelled");
  }

  @Test
  void aLeadingExtraColumnIsIgnoredAndSheetsInOneGridAreSplit() {
    String extra = "\t一级指标\t二级指标\t三级指标\t指标值\t指标值设置依据\t上年完成情况\t指标分值权重\t指标赋分规则\t佐证资料\n";
    Disclosure d =
        Docs.read(
            "项目支出绩效目标表\n"
                + HEADER_ROWS
                + extra
                + "绩效指标\t产出指标\t数量指标\t车辆数量（个）\t=1 个\t计划标准\t新增\t5\t按比例赋分\t工作资料\n"
                + "\n"
                + HEADER_ROWS.replace("示范项目", "第二个项目")
                + INDICATOR_HEADER
                + "满意度指标\t满意度指标\t满意度（%）\t>=95%\t计划标准\t新增\t10\t满意度赋分\t工作资料\n");
    assertThat(d.performance())
        .extracting(PerformanceTargets::project)
        .containsExactly("示范项目", "第二个项目");
    Indicator i = d.performance().get(0).indicators().get(0);
    assertThat(i.level1()).isEqualTo("产出指标");
    assertThat(i.name()).isEqualTo("车辆数量（个）");
    assertThat(i.lastYear()).isEqualTo("新增");
    assertThat(d.performance().get(1).indicators()).hasSize(1);
  }

  @ParameterizedTest
  @CsvSource({
    "'>=990 条', '>=', 990, 条",
    "'≥2000 人', '>=', 2000, 人",
    "'≤1.08 万元', '<=', 1.08, 万元",
    "'<=3 万元', '<=', 3, 万元",
    "'=0.15 万元/ 月', '=', 0.15, 万元/月",
    "'＞5%', '>', 5, %",
    "'<24 小时', '<', 24, 小时",
    "'100%', '', 100, %"
  })
  void parsesTargets(String printed, String op, BigDecimal value, String unit) {
    Targets t = Targets.parse(printed);
    assertThat(t.operator()).isEqualTo(op);
    assertThat(t.value()).isEqualByComparingTo(value);
    assertThat(t.unit()).isEqualTo(unit);
  }

  @Test
  void aQualitativeTargetHasNoOperatorOrValue() {
    Targets t = Targets.parse("有效保障");
    assertThat(t.operator()).isEmpty();
    assertThat(t.value()).isNull();
    assertThat(t.unit()).isEmpty();
  }
}
