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

class IncomeTableMatchesExpenditureTableTest {

  private final IncomeTableMatchesExpenditureTable rule = new IncomeTableMatchesExpenditureTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAnItemDiffers() {
    Disclosure d =
        TestDisclosures.clean()
            .table(3, t -> withCell(t, code("2010350"), TOTAL, "114.39"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowCode()).isEqualTo("2010350");
  }
}
