package org.gongkai.check.sanity;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Figure;
import org.junit.jupiter.api.Test;

class DepartmentCountMatchesListTest {

  private final DepartmentCountMatchesList rule = new DepartmentCountMatchesList();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsWhenTheCountDiffersFromTheList() {
    DocBuilder b = TestDisclosures.clean();
    var o = b.overview;
    b.overview =
        new org.gongkai.model.Overview(
            o.functions(),
            o.organisation(),
            o.internalDepartments(),
            Figure.of(3, "个", null),
            o.subordinateUnits(),
            o.staffing());
    assertFires(rule, b.build(), 1);
  }
}
