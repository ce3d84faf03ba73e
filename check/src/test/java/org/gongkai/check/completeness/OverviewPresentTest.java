package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class OverviewPresentTest {

  private final OverviewPresent rule = new OverviewPresent();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWithoutFunctions() {
    DocBuilder b = TestDisclosures.clean();
    var o = b.overview;
    b.overview =
        new org.gongkai.model.Overview(
            List.of(),
            o.organisation(),
            o.internalDepartments(),
            o.internalDepartmentCount(),
            o.subordinateUnits(),
            o.staffing());
    assertThat(assertFires(rule, b.build(), 1).get(0).message()).contains("单位职责");
  }
}
