package org.gongkai.check.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Figure;
import org.gongkai.model.Staffing;
import org.junit.jupiter.api.Test;

class InServiceWithinAuthorizedTest {

  private final InServiceWithinAuthorized rule = new InServiceWithinAuthorized();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void noticesStaffAboveTheEstablishment() {
    DocBuilder b = TestDisclosures.clean();
    var o = b.overview;
    b.overview =
        new org.gongkai.model.Overview(
            o.functions(),
            o.organisation(),
            o.internalDepartments(),
            o.internalDepartmentCount(),
            o.subordinateUnits(),
            new Staffing(
                Figure.of(61, "人", null),
                Figure.of(104, "人", null),
                Figure.of(68, "人", null),
                null,
                Figure.of(36, "人", null),
                null,
                Figure.of(0, "人", null),
                null));
    assertThat(assertFires(rule, b.build(), 1).get(0).severity()).isEqualTo(Severity.NOTICE);
  }
}
