package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.check.CheckProfile;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.check.TestCatalogue;
import org.gongkai.model.Disclosure;
import org.gongkai.model.claim.UnboundReason;
import org.gongkai.read.DisclosureReader;
import org.gongkai.read.claim.BindingContext;
import org.gongkai.read.claim.ClaimParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The narrative and text rules on real text: the seed (read from ../shared at test time) has the
 * findings listed here, each one a real defect of the published document; the project's own demo
 * document, consistent by construction, has none.
 */
class SeedNarrativeFindingsTest {

  /** The document read by the text reader, with the claims of its narrative. */
  static Disclosure read(Path p) throws Exception {
    Disclosure d = new DisclosureReader().read(p).disclosure();
    return new Disclosure(
        d.metadata(),
        d.contents(),
        d.overview(),
        d.tables(),
        d.narrative(),
        d.threePublic(),
        d.agencyOperating(),
        d.procurement(),
        d.assets(),
        d.projects(),
        d.performance(),
        d.glossary(),
        new ClaimParser().parse(d.narrative(), BindingContext.of(d.tables(), d.metadata())),
        d.diagnostics());
  }

  static Disclosure seed() throws Exception {
    String shared = System.getProperty("gongkai.shared");
    Path p = shared == null ? null : Path.of(shared, "seed", "000_220f206dadf5e393.txt");
    Assumptions.assumeTrue(
        p != null && Files.isRegularFile(p), "skipped: the seed is not in ../shared");
    return read(p);
  }

  private static Report check(Disclosure d) {
    return new Checker(
            CleanNarrativeTest.narrativeAndText(),
            CheckProfile.defaults(),
            TestCatalogue.partial2024())
        .check(d);
  }

  private static String brief(Finding f) {
    return f.rule() + " " + f.severity() + " L" + f.location().source().line();
  }

  @Test
  void firesOnTheSeedsRealNarrativeDefectsAndNothingElse() throws Exception {
    Report r = check(seed());
    List<String> found = r.findings().stream().map(SeedNarrativeFindingsTest::brief).toList();
    assertThat(found)
        .containsExactly(
            // 十: "比上年预算增加 0.00 万元，增长 0.00%" for the 三公 total and each item — no change
            // is 持平, and a rate from a zero base means nothing: wording defects (5)
            "NAR-010 WARNING L497",
            "NAR-010 WARNING L497",
            "NAR-010 WARNING L497",
            "NAR-010 WARNING L497",
            "NAR-010 WARNING L497",
            // "增加 X 万元，增长 100.00%" where X is all of this year's figure: last year was zero,
            // the text should say 新增 (财政拨款结转, 事业运行, 行政单位离退休, 养老保险缴费, 机关运行经费)
            "NAR-011 WARNING L372",
            "NAR-011 WARNING L415",
            "NAR-011 WARNING L419",
            "NAR-011 WARNING L421",
            "NAR-011 WARNING L505",
            // 业务活动经费项目: 36.20 + 7 + 6.65 + 0.15 × 12 = 51.65 万元, not the 50.00 budgeted (its
            // performance sheet prices the platform at 5 万元: the narrative's 6.65 is wrong)
            "NAR-013 ERROR L457",
            // 机场设施租赁费's overall goal ends with a stray closing quotation mark
            "TXT-005 WARNING L575",
            // 克州合作交流中心工作经费's overall goal: "主要用于用于"
            "TXT-006 WARNING L595");
    assertThat(r.findings().get(10).expected()).isEqualTo("51.65 万元");
    assertThat(r.findings().stream().filter(f -> f.severity() == Severity.ERROR)).hasSize(1);
  }

  @Test
  void bindsEverySeedFigureTheTablesHold() throws Exception {
    Disclosure d = seed();
    assertThat(d.claims()).hasSizeGreaterThan(100);
    assertThat(d.claims())
        .allMatch(
            c -> c.binding().isBound() || c.binding().reason() == UnboundReason.NARRATIVE_ONLY,
            "bound, or stated only in the narrative");
  }

  @Test
  void silentOnTheDemoDocument() throws Exception {
    Path demo =
        Path.of("").toAbsolutePath().getParent().resolve("examples/text/demo-unit-budget-2025.txt");
    Disclosure d = read(demo);
    Report r = check(d);
    assertThat(r.findings()).isEmpty();
    assertThat(r.unchecked()).isEmpty();
    assertThat(d.claims()).hasSizeGreaterThan(100);
  }
}
