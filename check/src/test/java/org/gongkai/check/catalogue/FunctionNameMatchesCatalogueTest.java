package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.CheckProfile;
import org.gongkai.check.CodeCatalogue;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FunctionNameMatchesCatalogueTest {

  private final FunctionNameMatchesCatalogue rule = new FunctionNameMatchesCatalogue();

  @Test
  void silentWhenNamesDifferOnlyInPunctuationWidthAndSpaces() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnAMisspeltNameAndGivesTheOfficialOne() {
    Disclosure d =
        TestDisclosures.clean()
            .table(2, t -> withCell(t, code("2041099"), NAME, "其他税私警察支出"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().tableNumber()).isEqualTo(2);
    assertThat(f.expected()).isEqualTo("其他缉私警察支出");
    assertThat(f.message()).contains("其他缉私警察支出").contains("其他税私警察支出");
  }

  @Test
  void notApplicableWhenTheCatalogueKnowsNoCode() {
    Report r =
        RuleHarness.run(
            rule, TestDisclosures.clean().build(), CodeCatalogue.none(), CheckProfile.defaults());
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage().get(0).passed()).isZero();
  }
}
