package org.gongkai.write.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.claim.Direction;
import org.gongkai.write.ledger.Ledger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordingTest {

  private static final MoneyUnit WAN = MoneyUnit.WAN_YUAN;

  private static Ledger.Change change(String now, String last) {
    return new Ledger.Change(Money.wan(now), Money.wan(last));
  }

  private static String clause(String now, String last) {
    return Wording.change(change(now, last), WAN).clause("上年预算", WAN);
  }

  @Test
  void growthFromZeroIsNewNotAHundredPercent() {
    Wording.ChangeFigures f = Wording.change(change("39.77", "0"), WAN);
    assertThat(f.direction()).isEqualTo(Direction.NEW);
    assertThat(f.percent()).isNull();
    assertThat(clause("39.77", "0")).isEqualTo("上年预算未安排，本年新增39.77万元").doesNotContain("100");
  }

  @Test
  void equalFiguresAreFlatWithoutAPercent() {
    assertThat(clause("12.00", "12")).isEqualTo("与上年预算持平");
    assertThat(clause("0", "0")).isEqualTo("与上年预算持平").doesNotContain("0.00%");
  }

  @Test
  void increaseAndDecreaseUseTheirOwnWords() {
    assertThat(clause("1807.53", "1503.14")).isEqualTo("比上年预算增加304.39万元，增长20.25%");
    assertThat(clause("1284.64", "1346.14")).isEqualTo("比上年预算减少61.50万元，下降4.57%");
  }

  @Test
  void aFigureDroppedToZeroIsAHundredPercentDecrease() {
    assertThat(clause("0", "7")).isEqualTo("比上年预算减少7.00万元，下降100.00%");
  }

  @Test
  void percentIsComputedFromThePrintedAmountsInTheNarrativeUnit() {
    // 元 amounts printed in 万元: 1.00 and 3.00 万元 → 200.00%, not the ratio of the exact 元.
    Ledger.Change c = new Ledger.Change(Money.yuan("30049.99"), Money.yuan("10049.99"));
    Wording.ChangeFigures f = Wording.change(c, WAN);
    assertThat(f.current()).isEqualByComparingTo("3.00");
    assertThat(f.last()).isEqualByComparingTo("1.00");
    assertThat(f.percent()).isEqualByComparingTo("200.00");
  }

  @ParameterizedTest
  @CsvSource({
    "'1,1,1', '33.34,33.33,33.33'",
    "'1807.53,39.77,42.08', '95.67,2.10,2.23'",
    "'1,2', '33.33,66.67'",
    "'1603.53,204.00', '88.71,11.29'",
    "'0,5', '0.00,100.00'"
  })
  void sharesAddUpToExactlyOneHundred(String parts, String expected) {
    List<BigDecimal> in = Arrays.stream(parts.split(",")).map(BigDecimal::new).toList();
    List<BigDecimal> out = Wording.shares(in);
    assertThat(out.stream().map(BigDecimal::toPlainString).toList())
        .containsExactly(expected.split(","));
    assertThat(out.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo("100.00");
  }

  @Test
  void sharesOfNothingAreZero() {
    assertThat(Wording.shares(List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
        .allSatisfy(s -> assertThat(s).isEqualByComparingTo("0"));
  }

  @Test
  void aReasonIsOneSentenceWithoutDoubledPunctuation() {
    assertThat(Wording.reason("人员增加。")).isEqualTo("主要原因是人员增加。");
    assertThat(Wording.reason("  ")).isEmpty();
  }
}
