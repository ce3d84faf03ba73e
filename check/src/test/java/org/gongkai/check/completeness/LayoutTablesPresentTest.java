package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class LayoutTablesPresentTest {

  private final LayoutTablesPresent rule = new LayoutTablesPresent();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnADroppedTable() {
    Finding f = assertFires(rule, TestDisclosures.clean().withoutTable(6).build(), 1).get(0);
    assertThat(f.message()).contains("表6").contains("一般公共预算基本支出情况表");
  }
}
