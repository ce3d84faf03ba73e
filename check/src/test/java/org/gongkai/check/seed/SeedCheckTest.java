package org.gongkai.check.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.gongkai.check.CatalogueCodes;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.read.DisclosureReader;
import org.gongkai.read.ReadResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real seed (a 2024 Xinjiang unit budget) checked with every rule and the shipped catalogue.
 * Each expected finding below was read and judged true by hand; the test fails on any other finding
 * of these families, so a false alarm cannot slip in.
 */
class SeedCheckTest {

  /** The families this test speaks for (the narrative families have their own expectations). */
  private static final Set<String> FAMILIES = Set.of("TBL", "XTB", "CAT", "PRF", "CMP", "SAN");

  private static Report report;

  @BeforeAll
  static void check() throws Exception {
    Path seed =
        Path.of(System.getProperty("gongkai.shared", "../shared"), "seed/000_220f206dadf5e393.txt");
    assumeTrue(
        Files.isRegularFile(seed),
        "SKIPPED: the seed "
            + seed
            + " is not there (it lives in the shared folder beside the repo)");
    ReadResult read = new DisclosureReader().read(seed);
    report = Checker.standard(CatalogueCodes.shipped()).check(read.disclosure());
  }

  /** rule, severity, a piece of the location, a piece of the message; with the verdict. */
  private record Expected(String rule, Severity severity, String where, String says) {}

  private static final List<Expected> EXPECTED =
      List.of(
          // 表2 prints 2041099 as 其他税私警察支出; the 2024 catalogue (and 表3) call it 其他缉私警察支出: a typo.
          new Expected("CAT-003", Severity.ERROR, "表2", "其他缉私警察支出"),
          // 表4 names class 234 抗疫特别国债还本支出, 表1 抗疫特别国债安排的支出 (the 2024 name): 表4 is wrong.
          new Expected("CAT-006", Severity.ERROR, "表4", "抗疫特别国债还本支出"),
          // the 群众工作经费项目 sheet: header 4.08 (all other funds), goal text 7 万元 of fiscal funds.
          new Expected("PRF-002", Severity.ERROR, "群众工作经费项目", "7 万元"),
          // 应急指挥中心专网租赁条数（%）with target =1 条: a count under a percent indicator.
          new Expected("PRF-005", Severity.ERROR, "专网租赁条数", "=1 条"),
          // 业务日常活动经费(万元) =36.20 万元 filed under 时效指标: a cost indicator in the wrong place.
          new Expected("PRF-007", Severity.WARNING, "业务日常活动经费", "36.20 万元"),
          // 系统故障率(%) =5%: a failure rate set as an exact target rather than a ceiling.
          new Expected("PRF-008", Severity.WARNING, "系统故障率", "=5%"),
          // contents list 财政拨款收支总体情况表, the body's 表4 is titled 财政拨款收支预算总体情况表.
          new Expected("CMP-010", Severity.WARNING, "财政拨款收支总体情况表", "财政拨款收支预算总体情况表"),
          // 在职 68 against 编制 61: not an error, worth a reviewer's look.
          new Expected("SAN-002", Severity.NOTICE, "在职", "68"),
          // 19 codes (202 … 234) the shipped partial catalogue does not list: unknown, not wrong.
          new Expected("CAT-001", Severity.NOTICE, "全部表格", "19 个"));

  @Test
  void findsTheSeedsRealInconsistenciesAndNothingElse() {
    List<Finding> ours =
        report.findings().stream()
            .filter(f -> FAMILIES.contains(f.rule().substring(0, 3)))
            .toList();
    for (Expected e : EXPECTED) {
      assertThat(ours).as("expected %s at %s", e.rule(), e.where()).anyMatch(f -> matches(f, e));
    }
    for (Finding f : ours) {
      assertThat(EXPECTED)
          .as("unexpected finding %s %s: %s", f.rule(), f.location().describe(), f.message())
          .anyMatch(e -> matches(f, e));
    }
    assertThat(ours).hasSize(EXPECTED.size());
  }

  @Test
  void eachFindingSaysWhereInTheSource() {
    for (Finding f : report.findings()) {
      if (!f.rule().equals("CAT-001")) {
        assertThat(f.location().source().line()).as(f.rule()).isPositive();
      }
    }
  }

  @Test
  void noRuleFailedAndEveryRuleRan() {
    assertThat(report.findings()).noneMatch(Finding::failedRule);
    assertThat(report.coverage()).allMatch(c -> c.errors() == 0);
    assertThat(report.exitCode()).isEqualTo(1);
  }

  private static boolean matches(Finding f, Expected e) {
    return f.rule().equals(e.rule())
        && f.severity() == e.severity()
        && f.location().describe().contains(e.where())
        && f.message().contains(e.says());
  }
}
