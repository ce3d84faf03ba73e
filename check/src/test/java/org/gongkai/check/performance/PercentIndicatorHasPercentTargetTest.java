package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.performance.SheetEdits.as;
import static org.gongkai.check.performance.SheetEdits.withIndicator;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class PercentIndicatorHasPercentTargetTest {

  private final PercentIndicatorHasPercentTarget rule = new PercentIndicatorHasPercentTarget();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnACountTargetForAPercentIndicator() {
    Disclosure d = withIndicator("业务活动经费项目", "信息准确率（%）", as("专网租赁条数（%）", "=1 条"));
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().indicator()).isEqualTo("专网租赁条数（%）");
    assertThat(f.message()).contains("=1 条");
  }

  @Test
  void firesOnAPercentTargetForACountIndicator() {
    Disclosure d = withIndicator("政府楼搬迁改造费", "改造会议室个数（个）", as("改造会议室个数（个）", "=100%"));
    assertFires(rule, d, 1);
  }
}
