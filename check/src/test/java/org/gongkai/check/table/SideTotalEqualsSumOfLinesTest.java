package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class SideTotalEqualsSumOfLinesTest {

  private final SideTotalEqualsSumOfLines rule = new SideTotalEqualsSumOfLines();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheIncomeTotalIsNotTheSumOfItsParts() {
    Disclosure d =
        TestDisclosures.clean().table(1, t -> withCell(t, total(), TOTAL, "1,885.38")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowName()).isEqualTo("收入总计");
  }
}
