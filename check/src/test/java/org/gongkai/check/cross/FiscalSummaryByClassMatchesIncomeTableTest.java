package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FiscalSummaryByClassMatchesIncomeTableTest {

  private final FiscalSummaryByClassMatchesIncomeTable rule =
      new FiscalSummaryByClassMatchesIncomeTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAClassDiffers() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, code("201"), TOTAL, 1, "1,600.00"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowCode()).isEqualTo("201");
  }
}
