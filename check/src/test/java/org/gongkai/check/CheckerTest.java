package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Money;
import org.gongkai.model.SourceRef;
import org.junit.jupiter.api.Test;

class CheckerTest {

  /** A rule that fails n times at distinct places. */
  private static Rule failing(String id, int n) {
    RuleInfo info = RuleInfo.of(id, RuleFamily.TABLE, Severity.ERROR).build();
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(RuleContext ctx, Outcomes out) {
        for (int i = 0; i < n; i++) {
          out.fail(Location.document(Part.TABLES, "place " + i, SourceRef.line(i + 1)), "1", "2");
        }
        out.pass(Location.document(Part.TABLES, "fine", SourceRef.NONE));
      }
    };
  }

  private static Rule throwing() {
    RuleInfo info = RuleInfo.of("TBL-001", RuleFamily.TABLE, Severity.ERROR).build();
    return new Rule() {
      @Override
      public RuleInfo info() {
        return info;
      }

      @Override
      public void check(RuleContext ctx, Outcomes out) {
        throw new IllegalStateException("boom");
      }
    };
  }

  private final Disclosure doc = TestDisclosures.clean().build();

  @Test
  void aRuleThatThrowsBecomesRuleFailedAndTheRunGoesOn() {
    Checker c =
        new Checker(
            List.of(throwing(), failing("TBL-002", 1)),
            CheckProfile.defaults(),
            CodeCatalogue.none());
    Report r = c.check(doc, TestDisclosures.layout());
    assertThat(r.findings()).hasSize(2);
    Finding crash = r.findings().get(0);
    assertThat(crash.failedRule()).isTrue();
    assertThat(crash.severity()).isEqualTo(Severity.ERROR);
    assertThat(crash.message()).contains("TBL-001").contains("boom");
    assertThat(r.coverage().get(0).errors()).isEqualTo(1);
    assertThat(r.coverage().get(1).failed()).isEqualTo(1);
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void findingsAreBoundedPerRuleAndTheTrueCountKept() {
    CheckProfile capped = new CheckProfile(Map.of(), List.of(), Money.yuan("0"), null, 5, Map.of());
    Report r =
        new Checker(List.of(failing("TBL-002", 300)), capped, CodeCatalogue.none())
            .check(doc, null);
    assertThat(r.findings()).hasSize(5);
    assertThat(r.coverage().get(0).failed()).isEqualTo(300);
    assertThat(r.coverage().get(0).capped()).isTrue();
    assertThat(r.findingsNotShown()).isEqualTo(295);
  }

  @Test
  void suppressionsSetFindingsAsideWithTheirReason() {
    CheckProfile p =
        new CheckProfile(
            Map.of(),
            List.of(new CheckProfile.Suppression("TBL-002", "place 1", "已核实")),
            Money.yuan("0"),
            null,
            200,
            Map.of());
    Report r =
        new Checker(List.of(failing("TBL-002", 3)), p, CodeCatalogue.none()).check(doc, null);
    assertThat(r.findings()).hasSize(2);
    assertThat(r.suppressed())
        .singleElement()
        .satisfies(s -> assertThat(s.reason()).isEqualTo("已核实"));
    assertThat(r.coverage().get(0).suppressed()).isEqualTo(1);
    assertThat(r.findingsNotShown()).isZero();
  }

  @Test
  void severityOverridesChangeOrSwitchOffARule() {
    CheckProfile p =
        new CheckProfile(
            Map.of(
                "TBL-002",
                java.util.Optional.of(Severity.NOTICE),
                "TBL-003",
                java.util.Optional.empty()),
            List.of(),
            Money.yuan("0"),
            null,
            200,
            Map.of());
    Report r =
        new Checker(List.of(failing("TBL-002", 1), failing("TBL-003", 1)), p, CodeCatalogue.none())
            .check(doc, null);
    assertThat(r.findings())
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.NOTICE));
    assertThat(r.coverage().get(1).enabled()).isFalse();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void materialityWidensOnlyDeliberatelyAndTheReportSaysWhere() {
    Disclosure gap =
        TestDisclosures.clean()
            .table(
                6,
                t ->
                    TableBuilder.withCell(
                        t,
                        TableBuilder.code("30101"),
                        org.gongkai.model.ColumnRole.PERSONNEL,
                        "369.47"))
            .build();
    Rule rule = new org.gongkai.check.table.TotalEqualsPersonnelPlusOperating();
    Report strict =
        new Checker(List.of(rule), CheckProfile.defaults(), CodeCatalogue.none()).check(gap, null);
    assertThat(strict.findings()).hasSize(1);
    CheckProfile lenient =
        new CheckProfile(Map.of(), List.of(), Money.wan("0.05"), null, 200, Map.of());
    Report widened = new Checker(List.of(rule), lenient, CodeCatalogue.none()).check(gap, null);
    assertThat(widened.findings()).isEmpty();
    assertThat(widened.widened())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.location().rowCode()).isEqualTo("30101");
              assertThat(o.note()).contains("0.03 万元");
            });
    assertThat(widened.materiality()).isEqualTo("0.05 万元");
  }

  @Test
  void aCleanDocumentPassesEveryRuleWithoutErrors() {
    Report r = Checker.standard(TestCatalogue.partial2024()).check(doc, TestDisclosures.layout());
    assertThat(r.findings()).isEmpty();
    assertThat(r.unchecked()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.coverage()).hasSize(RuleRegistry.all().size());
    assertThat(r.rulesetVersion())
        .startsWith(RuleRegistry.RULESET + "+" + RuleRegistry.all().size());
  }

  @Test
  void oneCheckerChecksManyDocumentsInParallel() throws Exception {
    Checker c = Checker.standard(TestCatalogue.partial2024());
    Disclosure damaged =
        TestDisclosures.clean()
            .table(
                3,
                t ->
                    TableBuilder.withCell(
                        t,
                        TableBuilder.code("2010301"),
                        org.gongkai.model.ColumnRole.BASIC,
                        "1,280.14"))
            .build();
    Report expected = c.check(damaged, TestDisclosures.layout());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Report>> futures = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        futures.add(pool.submit(() -> c.check(damaged, TestDisclosures.layout())));
      }
      for (Future<Report> f : futures) {
        assertThat(f.get().findings()).isEqualTo(expected.findings());
      }
    } finally {
      pool.shutdown();
    }
  }
}
