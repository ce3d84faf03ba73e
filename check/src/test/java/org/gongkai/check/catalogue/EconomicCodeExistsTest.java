package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class EconomicCodeExistsTest {

  private final EconomicCodeExists rule = new EconomicCodeExists();

  @Test
  void silentWhenTheCatalogueKnowsEveryCode() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void anUnknownCodeIsANotice() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, name("奖励金"), CODE_SECTION, "07")).build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    assertThat(f.message()).contains("30307");
  }
}
