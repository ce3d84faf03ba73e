package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.junit.jupiter.api.Test;

class BreakdownAddsUpTest {

  private final BreakdownAddsUp rule = new BreakdownAddsUp();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesOnAnAllocationWhoseRatePricedPartsExceedTheProject() {
    Finding f =
        assertFires(rule, NarrativeDocs.replacing("平台运维费5万元", "平台运维费6.65万元").build(), 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.expected()).isEqualTo("51.65 万元");
    assertThat(f.message()).contains("0.15 万元/月 × 12");
  }

  @Test
  void aShortfallOfAListNotKnownToBeCompleteIsAWarning() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("其他车辆11辆，价值455.92万元", "其他车辆10辆，价值400.00万元").build(),
                1)
            .get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }

  @Test
  void aRateThatIsAStandardIsNotAPart() {
    assertSilent(
        rule, NarrativeDocs.replacing("视频系统维护费10万元", "视频系统维护费10万元，维护人员补助标准0.02万元/人").build());
  }
}
