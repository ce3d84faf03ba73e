package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class BasicTotalMatchesBasicTableTest {

  private final BasicTotalMatchesBasicTable rule = new BasicTotalMatchesBasicTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheTotalsDiffer() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, total(), TOTAL, "1,600.00")).build();
    assertThat(assertFires(rule, d, 1).get(0).location().tableNumber()).isEqualTo(6);
  }
}
