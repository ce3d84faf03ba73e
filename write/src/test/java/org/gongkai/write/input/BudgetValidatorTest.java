package org.gongkai.write.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.write.BudgetWriter;
import org.junit.jupiter.api.Test;

class BudgetValidatorTest {

  /** A minimal valid Xinjiang unit; each test breaks one thing. */
  private static final String VALID =
      """
      unit:
        name: 测试县档案馆
        year: 2025
        layout: xinjiang-unit-budget
        functions: [管理本县档案]
        staffing: {authorized: 5, inService: 5, retired: 1, honorablyRetired: 0}
      items:
        - {function: "2010350", economic: "30101", source: GENERAL_PUBLIC, type: BASIC, amount: 50.00, lastYear: 48.00}
        - {function: "2010350", economic: "30201", source: GENERAL_PUBLIC, type: BASIC, amount: 5.00, lastYear: 5.00}
      threePublic: {}
      agencyOperating: {lastYear: 5.00}
      procurement: {goods: 2.00, reservedForSme: 2.00, reservedForSmallMicro: 1.00}
      assets: {asOf: 2024-12-31}
      """;

  private static BudgetData read(String yaml) throws Exception {
    return BudgetDataReader.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), false, "test.yaml");
  }

  private static List<InputProblem> problems(String yaml) throws Exception {
    return BudgetWriter.shipped().validate(read(yaml));
  }

  private static List<InputProblem> errors(String yaml) throws Exception {
    return problems(yaml).stream().filter(InputProblem::isError).toList();
  }

  @Test
  void validDataHasNoError() throws Exception {
    assertThat(errors(VALID)).isEmpty();
  }

  @Test
  void aCodeNeitherCataloguedNorNamedIsAnError() throws Exception {
    List<InputProblem> e =
        errors(
            VALID.replace("\"2010350\", economic: \"30101\"", "\"2129901\", economic: \"30101\""));
    assertThat(e).extracting(InputProblem::path).contains("items[0].function");
    assertThat(e.get(0).message()).contains("2129901");
  }

  @Test
  void aCodeMissingFromThePartialCatalogueButNamedIsOnlyAWarning() throws Exception {
    String yaml =
        VALID.replace("\"2010350\", economic: \"30101\"", "\"2120803\", economic: \"30101\"")
            + "codeNames: {\"21208\": 国有土地使用权出让收入安排的支出, \"2120803\": 城市建设支出}\n";
    assertThat(errors(yaml)).isEmpty();
    assertThat(problems(yaml))
        .filteredOn(p -> !p.isError())
        .extracting(InputProblem::message)
        .anyMatch(m -> m.contains("2120803"));
  }

  @Test
  void negativeAmountsAreRefusedWithTheirPath() throws Exception {
    assertThat(
            errors(VALID.replace("amount: 5.00, lastYear: 5.00", "amount: -5.00, lastYear: 5.00")))
        .extracting(InputProblem::path)
        .containsExactly("items[1].amount");
  }

  @Test
  void partsThatCannotBalanceAreRefused() throws Exception {
    assertThat(errors(VALID.replace("reservedForSme: 2.00", "reservedForSme: 3.00")))
        .extracting(InputProblem::path)
        .containsExactly("procurement.reservedForSme");
  }

  @Test
  void aMissingRequiredPartIsNamed() throws Exception {
    assertThat(
            errors(
                VALID.replace(
                    "procurement: {goods: 2.00, reservedForSme: 2.00, reservedForSmallMicro: 1.00}\n",
                    "")))
        .extracting(InputProblem::path)
        .containsExactly("procurement");
  }

  @Test
  void aLargeChangeWithoutAReasonIsRefusedAndASmallOneIsNot() throws Exception {
    // 48 → 50 is 4.17%: under the default 10% threshold.
    assertThat(errors(VALID)).isEmpty();
    String big = VALID.replace("amount: 50.00, lastYear: 48.00", "amount: 80.00, lastYear: 48.00");
    assertThat(errors(big)).extracting(InputProblem::path).contains("reasons.income.generalPublic");
    String explained =
        big
            + "reasons: {income.generalPublic: 新增人员, expenditure.basic: 新增人员, generalPublic.basic: 新增人员, function.2010350: 新增人员}\n";
    assertThat(errors(explained)).isEmpty();
  }

  @Test
  void theThresholdIsConfigurable() throws Exception {
    String strict = VALID + "settings: {reasonThresholdPercent: 1}\n";
    assertThat(errors(strict))
        .extracting(InputProblem::path)
        .contains("reasons.income.generalPublic");
  }

  @Test
  void aFundSourceTheLayoutCannotShowIsRefused() throws Exception {
    String shanghai =
        VALID
            .replace("layout: xinjiang-unit-budget", "layout: shanghai-unit-budget")
            .replace(
                "amount: 5.00, lastYear: 5.00}",
                "amount: 5.00, lastYear: 5.00}\n  - {function: \"2010350\", economic: \"30201\", source: CARRYOVER_GENERAL_PUBLIC, type: PROJECT, project: 结转项目, amount: 1.00}");
    assertThat(errors(shanghai)).extracting(InputProblem::path).contains("items[2].source");
  }

  @Test
  void performanceWeightsMustMakeTheLayoutsTotal() throws Exception {
    String yaml =
        VALID.replace(
                "amount: 5.00, lastYear: 5.00}",
                "amount: 5.00, lastYear: 5.00}\n  - {function: \"2010350\", economic: \"30201\", source: GENERAL_PUBLIC, type: PROJECT, project: 档案数字化, amount: 1.00, lastYear: 1.00}")
            + "projects:\n  - name: 档案数字化\n    indicators:\n      - {level1: 产出指标, level2: 数量指标, name: 数字化卷数（卷）, operator: \">=\", value: 100, unit: 卷, weight: 80}\n";
    assertThat(errors(yaml))
        .extracting(InputProblem::path)
        .containsExactly("projects[0].indicators");
  }

  @Test
  void malformedDataNamesTheField() {
    assertThatThrownBy(() -> read(VALID.replace("name: 测试县档案馆", "nmae: 测试县档案馆")))
        .isInstanceOf(InvalidBudgetDataException.class)
        .satisfies(
            e ->
                assertThat(((InvalidBudgetDataException) e).problems().get(0).message())
                    .contains("nmae"));
  }

  @Test
  void nothingIsWrittenWhenAnErrorRemains() throws Exception {
    BudgetData bad =
        read(VALID.replace("amount: 5.00, lastYear: 5.00", "amount: -5.00, lastYear: 5.00"));
    assertThatThrownBy(() -> BudgetWriter.shipped().write(bad, "test.yaml"))
        .isInstanceOf(InvalidBudgetDataException.class);
  }

  @Test
  void everyChangeOfThreePublicNeedsAReason() {
    BudgetData.Settings s = BudgetData.Settings.DEFAULT;
    var ledgerChange =
        new org.gongkai.write.ledger.Ledger.Change(
            org.gongkai.model.Money.wan("9.90"), org.gongkai.model.Money.wan("10.00"));
    assertThat(BudgetValidator.needsReason("threePublic.total", ledgerChange, s)).isTrue();
    assertThat(BudgetValidator.needsReason("threePublic.reception", ledgerChange, s)).isFalse();
    assertThat(BigDecimal.TEN).isEqualByComparingTo(s.reasonThresholdPercent());
  }
}
