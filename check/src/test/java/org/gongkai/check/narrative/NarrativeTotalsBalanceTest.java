package org.gongkai.check.narrative;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class NarrativeTotalsBalanceTest {

  private final NarrativeTotalsBalance rule = new NarrativeTotalsBalance();

  @Test
  void silentOnTheCleanNarrative() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenIncomeAndExpenditureTotalsDiffer() {
    assertFires(
        rule,
        NarrativeDocs.replacing("本单位2024年支出预算1,889.38万元", "本单位2024年支出预算1,898.38万元").build(),
        1);
  }
}
