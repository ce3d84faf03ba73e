package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.junit.jupiter.api.Test;

class UnboundClaimReportedTest {

  private final UnboundClaimReported rule = new UnboundClaimReported();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void noticesAFigureItCannotPlace() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("项目支出209.00万元。", "项目支出209.00万元。另安排单位预留机动经费20.00万元。")
                    .build(),
                1)
            .get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    assertThat(f.message()).contains("单位预留机动经费");
  }
}
