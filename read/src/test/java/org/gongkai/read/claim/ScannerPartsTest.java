package org.gongkai.read.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.claim.ReasonClaim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pieces of the parser on their own: numbers, basis phrases, periods, reasons, labels. */
class ScannerPartsTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "'1,807.53万元', MONEY",
    "'1807.53元', MONEY",
    "'0.15万元/月', RATE",
    "'200元/人', RATE",
    "'95.67%', PERCENT",
    "'8个', COUNT",
    "'2024年', YEAR",
    "'50万元以上', THRESHOLD",
    "'【2024】', PLAIN",
    "'3亿元', PLAIN",
    "'12', PLAIN"
  })
  void classifiesANumberByWhatFollowsIt(String text, NumberToken.Kind kind) {
    List<NumberToken> n = Numbers.scan(NarrativeText.normalise(text));
    assertThat(n).isNotEmpty();
    assertThat(n.get(0).kind()).isEqualTo(kind);
  }

  @Test
  void keepsPrintedPrecisionAndUnit() {
    NumberToken n = Numbers.scan("1,807.50万元").get(0);
    assertThat(n.value().scale()).isEqualTo(2);
    assertThat(n.unit()).isEqualTo(MoneyUnit.WAN_YUAN);
    assertThat(Numbers.scan("1,80,7万元").get(0).value()).isEqualByComparingTo("1");
  }

  @ParameterizedTest
  @CsvSource({
    "比上年预算增加, 比上年预算",
    "与2023年预算相比增加, 与2023年预算相比",
    "较上年增加, 较上年",
    "比2024年预算执行数增加, 比2024年预算执行数"
  })
  void readsBasisPhrases(String text, String basis) {
    assertThat(text.substring(0, EventScanner.basisEnd(text, 0))).isEqualTo(basis);
  }

  @Test
  void aComparisonNeedsAYear() {
    assertThat(EventScanner.basisEnd("比较重要", 0)).isEqualTo(-1);
  }

  @Test
  void countsTheMonthsOfAPeriod() {
    assertThat(Periods.months("2024年1月-2024年12月")).isEqualTo(12);
    assertThat(Periods.months("2024年7月至2025年6月")).isEqualTo(12);
    assertThat(Periods.months("全年")).isZero();
  }

  @Test
  void readsTheSignOfEachReasonAndCarriesItOver() {
    List<ReasonClaim.Reason> r =
        Reasons.parse(NarrativeText.normalise("1、新增A经费10万元，B经费5万元；2、不再安排C经费3万元；3、人员调整"));
    assertThat(r).extracting(ReasonClaim.Reason::sign).containsExactly(1, 1, -1, 0);
    assertThat(r.get(3).amount()).isNull();
  }

  @Test
  void aLabelIsWhatRemainsWithoutNumberingYearsAndFillers() {
    assertThat(Labels.of("3.办公家具价值", "")).isEqualTo("办公家具");
    assertThat(Labels.of("2024年预算数为", "")).isEmpty();
    assertThat(Labels.of("示例局收入预算", "示例局")).isEqualTo("收入");
    assertThat(Labels.of("涉及预算金额", "")).isEmpty();
  }
}
