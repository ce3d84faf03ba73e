package org.gongkai.write.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.NarrativeSection;
import org.gongkai.model.Paragraph;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.ShareClaim;
import org.gongkai.write.BudgetWriter;
import org.gongkai.write.input.BudgetDataReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The narrative's claims agree with the cells they are bound to, and with their own words. */
class NarrativeClaimsTest {

  private static Disclosure write(String name) throws Exception {
    Path p = Path.of("..", "examples", "data", name + ".yaml");
    return BudgetWriter.shipped().write(BudgetDataReader.read(p), name).disclosure();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kizilsu-government-office-2024", "dongbin-commerce-commission-2025"})
  void boundAmountsEqualTheirCellsInTheNarrativeUnit(String name) throws Exception {
    Disclosure d = write(name);
    List<AmountClaim> bound =
        d.claims().stream()
            .filter(c -> c instanceof AmountClaim a && a.binding().isBound() && !a.nil())
            .map(c -> (AmountClaim) c)
            .toList();
    assertThat(bound).hasSizeGreaterThan(10);
    for (AmountClaim a : bound) {
      if (a.binding().quantity().cell().isBlank()) {
        // The tables print a zero as a blank cell, as published documents do.
        assertThat(a.amount().amount()).as(a.sentence()).isZero();
        continue;
      }
      var cell = a.binding().quantity().money().orElseThrow(() -> new AssertionError(a.sentence()));
      BigDecimal inNarrativeUnit =
          cell.in(MoneyUnit.WAN_YUAN).amount().setScale(2, RoundingMode.HALF_UP);
      assertThat(a.amount().amount()).as(a.sentence()).isEqualByComparingTo(inNarrativeUnit);
      assertThat(a.sentence())
          .contains(org.gongkai.write.ledger.Printed.grouped(a.amount().amount()));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"kizilsu-government-office-2024", "tianshan-county-urban-management-2025"})
  void changeWordsFollowTheirSignAndPercentsTheirBase(String name) throws Exception {
    for (Claim c : write(name).claims()) {
      if (!(c instanceof ChangeClaim ch)) {
        continue;
      }
      switch (ch.direction()) {
        case "新增" -> assertThat(ch.percent()).as(ch.sentence()).isNull();
        case "持平" -> assertThat(ch.amount()).as(ch.sentence()).isNull();
        case "增加" -> assertThat(ch.percentDirection()).isEqualTo("增长");
        case "减少" -> assertThat(ch.percentDirection()).isEqualTo("下降");
        default -> throw new AssertionError("direction " + ch.direction());
      }
      if (ch.percent() != null) {
        BigDecimal last =
            ch.direction().equals("增加")
                ? ch.current().amount().subtract(ch.amount().amount())
                : ch.current().amount().add(ch.amount().amount());
        BigDecimal pct =
            ch.amount()
                .amount()
                .multiply(BigDecimal.valueOf(100))
                .divide(last, 2, RoundingMode.HALF_UP);
        assertThat(ch.percent()).as(ch.sentence()).isEqualByComparingTo(pct);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"kizilsu-government-office-2024", "tianshan-county-urban-management-2025"})
  void sharesOfOneWholeAddUpToAHundred(String name) throws Exception {
    Disclosure d = write(name);
    var byWhole =
        d.claims().stream()
            .filter(c -> c instanceof ShareClaim)
            .map(c -> (ShareClaim) c)
            .collect(
                java.util.stream.Collectors.groupingBy(
                    s -> s.origin().section() + "/" + s.whole().key(),
                    java.util.stream.Collectors.reducing(
                        BigDecimal.ZERO, ShareClaim::percent, BigDecimal::add)));
    assertThat(byWhole).isNotEmpty();
    byWhole.forEach((k, v) -> assertThat(v).as(k).isEqualByComparingTo("100.00"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "kizilsu-government-office-2024",
        "tianshan-county-urban-management-2025",
        "dongbin-commerce-commission-2025"
      })
  void theTextNeverGrowsAHundredPercentFromNothingNorLeavesTemplateResidue(String name)
      throws Exception {
    for (NarrativeSection s : write(name).narrative()) {
      for (Paragraph p : s.allParagraphs()) {
        assertThat(p.text())
            .doesNotContain("增长100.00%")
            .doesNotContain("增长0.00%")
            .doesNotContain("增加（减少）")
            .doesNotContain("主要原因是。")
            .doesNotContain("。。")
            .doesNotContain("null");
      }
    }
  }
}
