package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class HeaderTotalEqualsFiscalPlusOtherTest {

  private final HeaderTotalEqualsFiscalPlusOther rule = new HeaderTotalEqualsFiscalPlusOther();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheHeaderDoesNotAddUp() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet("业务活动经费项目", s -> DocBuilder.withFunds(s, "50.00", "45.00", "0.00", null));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.location().project()).isEqualTo("业务活动经费项目");
    assertThat(f.message()).contains("5.00 万元");
  }
}
