package org.gongkai.check.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Figure;
import org.gongkai.model.Staffing;
import org.junit.jupiter.api.Test;

class ActualStaffEqualsPartsTest {

  private final ActualStaffEqualsParts rule = new ActualStaffEqualsParts();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenThePartsDoNotAddUp() {
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
                Figure.of(70, "人", null),
                Figure.of(105, "人", null),
                Figure.of(68, "人", null),
                null,
                Figure.of(36, "人", null),
                null,
                Figure.of(0, "人", null),
                null));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("104");
    assertThat(f.actual()).isEqualTo("105");
  }
}
