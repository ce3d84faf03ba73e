package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class EconomicNameMatchesCatalogueTest {

  private final EconomicNameMatchesCatalogue rule = new EconomicNameMatchesCatalogue();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAWrongName() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, code("30229"), NAME, "福利补贴")).build();
    assertThat(assertFires(rule, d, 1).get(0).expected()).isEqualTo("福利费");
  }
}
