package org.gongkai.check.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gongkai.check.CatalogueCodes;
import org.gongkai.check.Checker;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.Severity;
import org.gongkai.read.DisclosureReader;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo (a fictional, consistent 2025 unit budget with filled 政府性基金 and 国有资本经营 tables, a
 * 元 table among 万元 ones, and ten projects) draws no error and no warning: the only finding is the
 * notice that the partial catalogue cannot vouch for some codes.
 */
class DemoCheckTest {

  @Test
  void aConsistentDocumentDrawsNoFalseAlarm() throws Exception {
    Path demo =
        Path.of("").toAbsolutePath().getParent().resolve("examples/text/demo-unit-budget-2025.txt");
    Report r =
        Checker.standard(CatalogueCodes.shipped())
            .check(new DisclosureReader().read(demo).disclosure());
    assertThat(r.findings())
        .filteredOn(
            f ->
                f.severity() != Severity.NOTICE
                    && !f.rule().startsWith("NAR")
                    && !f.rule().startsWith("TXT"))
        .as("errors and warnings on the clean demo")
        .isEmpty();
    assertThat(r.findings()).extracting(Finding::rule).contains("CAT-001");
    assertThat(r.coverage()).allMatch(c -> c.errors() == 0);
    int examined = r.coverage().stream().mapToInt(c -> c.examined()).sum();
    assertThat(examined).isGreaterThan(1000);
  }
}
