package org.gongkai.read.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Money;
import org.gongkai.model.TableKind;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.BreakdownClaim;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.CountClaim;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.ReasonClaim;
import org.gongkai.model.claim.SubjectKind;
import org.gongkai.read.DisclosureReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The parser on the seed's narrative as the text reader reads it (the seed is read from ../shared
 * at test time; its sentences are not copied here): what it binds, and the breakdowns and reasons
 * it reads.
 */
class SeedClaimsTest {

  private static List<Claim> claims;

  @BeforeAll
  static void read() throws Exception {
    String shared = System.getProperty("gongkai.shared");
    Path p = shared == null ? null : Path.of(shared, "seed", "000_220f206dadf5e393.txt");
    Assumptions.assumeTrue(
        p != null && Files.isRegularFile(p), "skipped: the seed is not in ../shared");
    Disclosure d = new DisclosureReader().read(p).disclosure();
    claims = new ClaimParser().parse(d.narrative(), BindingContext.of(d.tables(), d.metadata()));
  }

  private static <T extends Claim> List<T> of(Class<T> type, SubjectKind kind) {
    return ClaimParserTest.only(claims, type).stream()
        .filter(c -> c.subject().kind() == kind)
        .toList();
  }

  @Test
  void basicExpenditureIsTheWholeBudgetsInOneSectionAndTheGeneralPublicBudgetsInAnother() {
    List<AmountClaim> basic = of(AmountClaim.class, SubjectKind.BASIC);
    assertThat(basic)
        .extracting(a -> a.binding().quantity().table())
        .containsExactly(
            TableKind.EXPENDITURE_SUMMARY,
            TableKind.GENERAL_PUBLIC_EXPENDITURE,
            TableKind.GENERAL_PUBLIC_EXPENDITURE);
    assertThat(basic.get(1).subject().scope()).isEqualTo(FundScope.GENERAL_PUBLIC);
  }

  @Test
  void aFundSourceIsBoundToItsColumnOfTheIncomeTable() {
    AmountClaim gp = of(AmountClaim.class, SubjectKind.FUND_GENERAL_PUBLIC).get(0);
    assertThat(gp.binding().quantity().column()).isEqualTo(ColumnRole.GENERAL_PUBLIC);
    assertThat(gp.binding().quantity().money()).contains(Money.wan("1807.53"));
  }

  @Test
  void classesPrintedWithTheirParentsAreTheirItems() {
    assertThat(of(AmountClaim.class, SubjectKind.FUNCTIONAL_CLASS))
        .extracting(a -> a.binding().quantity().rowCode())
        .contains("2010301", "2010350", "2010399", "2080501", "2080505");
  }

  @Test
  void theBusinessProjectsAllocationIncludesTheMonthlyRateOverTwelveMonths() {
    BreakdownClaim b =
        of(BreakdownClaim.class, SubjectKind.PROJECT).stream()
            .filter(x -> x.subject().name().equals("业务活动经费项目"))
            .findFirst()
            .orElseThrow();
    assertThat(b.total()).isEqualTo(Money.wan("50.00"));
    assertThat(b.parts()).hasSize(4);
    assertThat(b.parts().get(3).rate().count()).isEqualByComparingTo(BigDecimal.valueOf(12));
  }

  @Test
  void theReasonsForAChangeCarryTheirSigns() {
    ReasonClaim r = of(ReasonClaim.class, SubjectKind.FUNCTIONAL_CLASS).get(0);
    assertThat(r.change()).isEqualTo(Money.wan("52.00"));
    assertThat(r.reasons()).extracting(ReasonClaim.Reason::sign).containsExactly(1, -1);
  }

  @Test
  void projectCountsAreRead() {
    assertThat(of(CountClaim.class, SubjectKind.PROJECTS))
        .extracting(c -> c.count().intValue())
        .containsExactly(4, 1, 8, 3, 5);
  }
}
