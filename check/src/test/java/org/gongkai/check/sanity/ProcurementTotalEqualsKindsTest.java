package org.gongkai.check.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Procurement;
import org.junit.jupiter.api.Test;

class ProcurementTotalEqualsKindsTest {

  private final ProcurementTotalEqualsKinds rule = new ProcurementTotalEqualsKinds();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheKindsDoNotAddUp() {
    DocBuilder b = TestDisclosures.clean();
    b.procurement =
        new Procurement(
            wan("228.92"),
            wan("63.52"),
            wan("59.00"),
            wan("110.90"),
            wan("228.92"),
            wan("190.92"),
            null);
    assertThat(assertFires(rule, b.build(), 1).get(0).message()).contains("4.50 万元");
  }
}
