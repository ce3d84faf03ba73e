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

class TotalEqualsFundSourcesTest {

  private final TotalEqualsFundSources rule = new TotalEqualsFundSources();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheTotalIsNotTheSumOfTheSources() {
    Disclosure d =
        TestDisclosures.clean()
            .table(2, t -> withCell(t, code("2010301"), TOTAL, "1,308.91"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().tableNumber()).isEqualTo(2);
    assertThat(f.message()).contains("财政拨款(补助)小计");
  }

  @Test
  void firesOnTheFiscalSummaryRightSide() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, code("208"), GENERAL_PUBLIC, 1, "200.00"))
            .build();
    assertFires(rule, d, 1);
  }
}
