package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.model.Money;
import org.junit.jupiter.api.Test;

class ComparisonsTest {

  private final Comparisons exact = Comparisons.exact();

  @Test
  void aGapOfFourFiftyWanFails() {
    Comparison c = exact.sum(Money.wan("213.08"), List.of(Money.wan("50.00"), Money.wan("158.58")));
    assertThat(c.verdict()).isEqualTo(Comparison.Verdict.DIFFERENT);
    assertThat(c.differencePrinted()).isEqualTo("4.50 万元");
  }

  @Test
  void totalOfTwoPrintedPartsPasses() {
    Comparison c =
        exact.sum(Money.wan("1889.38"), List.of(Money.wan("1807.53"), Money.wan("81.85")));
    assertThat(c.ok()).isTrue();
    assertThat(c.differenceYuan()).isZero();
  }

  @Test
  void roundedThirdsPassWithinTheEnvelope() {
    Money third = Money.wan("0.333");
    Comparison c = exact.sum(Money.wan("1.00"), List.of(third, third, third));
    assertThat(c.verdict()).isEqualTo(Comparison.Verdict.EQUAL);
    // 3 × 0.0005 + 0.005 万元 = 65 元
    assertThat(c.envelopeYuan()).isEqualByComparingTo("65");
  }

  @Test
  void theEnvelopeIsNotAnEpsilon() {
    // 1.00 vs 0.98 + 0.01: off by 0.01, envelope 3 × 0.005 = 0.015 → rounding can explain it
    assertThat(exact.sum(Money.wan("1.00"), List.of(Money.wan("0.98"), Money.wan("0.01"))).ok())
        .isTrue();
    // off by 0.02 with two parts: 0.02 ≥ 0.015 → a real difference
    assertThat(exact.sum(Money.wan("1.00"), List.of(Money.wan("0.97"), Money.wan("0.01"))).ok())
        .isFalse();
  }

  @Test
  void twoPrintingsOfOneQuantityAtTheSamePrecisionMustBeEqual() {
    assertThat(exact.same(Money.wan("1807.53"), Money.wan("1807.53")).ok()).isTrue();
    assertThat(exact.same(Money.wan("1807.53"), Money.wan("1807.54")).ok()).isFalse();
  }

  @Test
  void yuanAndWanCompareExactly() {
    assertThat(exact.same(Money.yuan("18570.82"), Money.wan("1.86")).ok()).isTrue();
    assertThat(exact.same(Money.wan("1.86"), Money.yuan("18570.82")).ok()).isTrue();
    assertThat(exact.same(Money.yuan("18470.82"), Money.wan("1.86")).ok()).isFalse();
  }

  @Test
  void tenThousandfoldUnitConfusionIsCaughtAndNamed() {
    // a 元 table whose figures were really 万元
    Comparison c = exact.same(Money.wan("1889.38"), Money.yuan("1889.38"));
    assertThat(c.ok()).isFalse();
    assertThat(c.unitConfusion()).isTrue();
    Comparison plain = exact.same(Money.wan("1889.38"), Money.yuan("1889.39"));
    assertThat(plain.ok()).isFalse();
    Comparison unrelated = exact.same(Money.wan("12.00"), Money.wan("13.00"));
    assertThat(unrelated.unitConfusion()).isFalse();
  }

  @Test
  void materialityWidensOnlyDeliberatelyAndSaysSo() {
    Comparisons lenient = new Comparisons(Money.wan("0.05"));
    Comparison c = lenient.same(Money.wan("10.00"), Money.wan("10.03"));
    assertThat(c.verdict()).isEqualTo(Comparison.Verdict.WITHIN_MATERIALITY);
    assertThat(c.ok()).isTrue();
    assertThat(c.note()).contains("0.03 万元");
    assertThat(lenient.same(Money.wan("10.00"), Money.wan("14.50")).ok()).isFalse();
    assertThat(exact.same(Money.wan("10.00"), Money.wan("10.03")).ok()).isFalse();
  }

  @Test
  void sharesAreComparedAsRanges() {
    Interval share = Interval.of(Money.wan("1807.53")).percentOf(Interval.of(Money.wan("1889.38")));
    // printed 95.67 % stands for [95.665, 95.675)
    Interval printed = new Interval(new BigDecimal("95.67"), new BigDecimal("0.005"));
    assertThat(share.overlaps(printed)).isTrue();
    assertThat(share.overlaps(new Interval(new BigDecimal("95.60"), new BigDecimal("0.005"))))
        .isFalse();
  }
}
