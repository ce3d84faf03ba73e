package org.gongkai.check.cross;

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

class ProjectByCodeMatchesProjectTableTest {

  private final ProjectByCodeMatchesProjectTable rule = new ProjectByCodeMatchesProjectTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAnItemsProjectsDiffer() {
    Disclosure d =
        TestDisclosures.clean()
            .table(5, t -> withCell(t, code("2010399"), PROJECT, "200.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("2010399");
    assertThat(f.actual()).isEqualTo("209.00 万元");
  }
}
