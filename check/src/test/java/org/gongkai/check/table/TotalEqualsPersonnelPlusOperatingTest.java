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

class TotalEqualsPersonnelPlusOperatingTest {

  private final TotalEqualsPersonnelPlusOperating rule = new TotalEqualsPersonnelPlusOperating();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnARowWhosePartsDoNotAddUp() {
    Disclosure d =
        TestDisclosures.clean()
            .table(6, t -> withCell(t, code("30101"), PERSONNEL, "365.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("30101");
    assertThat(f.expected()).isEqualTo("365.00 万元");
  }
}
