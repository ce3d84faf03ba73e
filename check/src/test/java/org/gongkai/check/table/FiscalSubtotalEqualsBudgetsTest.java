package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FiscalSubtotalEqualsBudgetsTest {

  private final FiscalSubtotalEqualsBudgets rule = new FiscalSubtotalEqualsBudgets();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheSubtotalIsNotTheSumOfTheBudgets() {
    Disclosure d =
        TestDisclosures.clean()
            .table(2, t -> withCell(t, code("208"), GENERAL_PUBLIC, "200.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("208");
    assertThat(f.location().column()).isEqualTo("财政拨款(补助)小计");
  }
}
