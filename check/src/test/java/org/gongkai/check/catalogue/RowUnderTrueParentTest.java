package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class RowUnderTrueParentTest {

  private final RowUnderTrueParent rule = new RowUnderTrueParent();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnARowUnderAnotherParent() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, name("办公费"), CODE_CLASS, "303")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("30301");
    assertThat(f.expected()).isEqualTo("303");
    assertThat(f.actual()).isEqualTo("302");
  }
}
