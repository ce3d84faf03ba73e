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

class ProjectTotalMatchesProjectTableTest {

  private final ProjectTotalMatchesProjectTable rule = new ProjectTotalMatchesProjectTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheTotalsDiffer() {
    Disclosure d =
        TestDisclosures.clean().table(7, t -> withCell(t, total(), TOTAL, "210.00")).build();
    assertThat(assertFires(rule, d, 1).get(0).location().tableNumber()).isEqualTo(7);
  }
}
