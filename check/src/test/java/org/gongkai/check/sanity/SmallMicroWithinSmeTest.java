package org.gongkai.check.sanity;

import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Procurement;
import org.junit.jupiter.api.Test;

class SmallMicroWithinSmeTest {

  private final SmallMicroWithinSme rule = new SmallMicroWithinSme();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenSmallAndMicroExceedSme() {
    DocBuilder b = TestDisclosures.clean();
    b.procurement =
        new Procurement(
            wan("228.92"),
            wan("63.52"),
            wan("59.00"),
            wan("106.40"),
            wan("180.00"),
            wan("190.92"),
            null);
    assertFires(rule, b.build(), 1);
  }
}
