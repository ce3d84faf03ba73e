package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class CodeWellFormedTest {

  private final CodeWellFormed rule = new CodeWellFormed();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnACodeOfTheWrongLength() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, name("奖金"), CODE_SECTION, "3")).build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowCode()).isEqualTo("3013");
  }
}
