package org.gongkai.check.sanity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class NoNegativeBudgetFiguresTest {

  private final NoNegativeBudgetFigures rule = new NoNegativeBudgetFigures();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void warnsOnANegativeFigure() {
    Disclosure d =
        TestDisclosures.clean().table(6, t -> withCell(t, code("30309"), TOTAL, "-0.02")).build();
    assertThat(assertFires(rule, d, 1).get(0).location().rowCode()).isEqualTo("30309");
  }
}
