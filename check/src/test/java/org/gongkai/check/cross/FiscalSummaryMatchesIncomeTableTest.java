package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FiscalSummaryMatchesIncomeTableTest {

  private final FiscalSummaryMatchesIncomeTable rule = new FiscalSummaryMatchesIncomeTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheFiscalSummaryCountsCarryOverWithoutSayingSo() {
    Disclosure d =
        TestDisclosures.clean().table(4, t -> withCell(t, total(), TOTAL, "1,847.30")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.expected()).isEqualTo("1,807.53 万元");
  }

  @Test
  void silentWhenCarryOverIsShownAndCounted() {
    var b = TestDisclosures.clean();
    b.table(
        4,
        t ->
            withCell(
                withCell(t, name("国有资本经营预算"), NAME, "二、上年结转"), name("二、上年结转"), TOTAL, "39.77"));
    b.table(4, t -> withCell(t, total(), TOTAL, "1,847.30"));
    assertSilent(rule, b.build());
  }
}
