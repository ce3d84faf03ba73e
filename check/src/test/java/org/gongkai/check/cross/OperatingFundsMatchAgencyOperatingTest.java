package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class OperatingFundsMatchAgencyOperatingTest {

  private final OperatingFundsMatchAgencyOperating rule = new OperatingFundsMatchAgencyOperating();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWhenTheStatedFigureDiffers() {
    var b = TestDisclosures.clean();
    b.agencyOperating = new org.gongkai.model.AgencyOperatingExpenses(wan("195.00"), null, null);
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.expected()).isEqualTo("191.06 万元");
  }

  @Test
  void notApplicableWhenNotStated() {
    var b = TestDisclosures.clean();
    b.agencyOperating = null;
    assertNotApplicable(rule, b.build());
  }
}
