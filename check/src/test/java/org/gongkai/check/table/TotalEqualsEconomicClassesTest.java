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

class TotalEqualsEconomicClassesTest {

  private final TotalEqualsEconomicClasses rule = new TotalEqualsEconomicClasses();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAProjectRowsClassesDoNotAddUp() {
    Disclosure d =
        TestDisclosures.clean()
            .table(7, t -> withCell(t, code("2010399"), ECONOMIC_CLASS, "56.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("2010399");
    assertThat(f.actual()).isEqualTo("60.00 万元");
  }
}
