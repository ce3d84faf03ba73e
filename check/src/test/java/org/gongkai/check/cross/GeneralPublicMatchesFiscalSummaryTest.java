package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class GeneralPublicMatchesFiscalSummaryTest {

  private final GeneralPublicMatchesFiscalSummary rule = new GeneralPublicMatchesFiscalSummary();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAClassDiffers() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, code("208"), GENERAL_PUBLIC, 1, "200.00"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowCode()).isEqualTo("208");
  }

  @Test
  void notApplicableWhenTheFiscalSummaryCountsCarryOver() {
    var b = TestDisclosures.clean();
    b.table(4, t -> withCell(t, name("国有资本经营预算"), NAME, "二、上年结转"));
    assertNotApplicable(rule, b.build());
  }
}
