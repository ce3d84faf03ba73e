package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.CheckProfile;
import org.gongkai.check.Finding;
import org.gongkai.check.Report;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.Severity;
import org.gongkai.check.TestCatalogue;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class FunctionCodeExistsTest {

  private final FunctionCodeExists rule = new FunctionCodeExists();

  @Test
  void silentWhenTheCatalogueKnowsEveryCode() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void anUnknownCodeIsOneNoticeNeverAnError() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, code("229"), CODE_NAME, 1, "231 债务还本支出"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
    assertThat(f.message()).contains("231").contains("不完整");
    assertThat(RuleHarness.run(rule, d).coverage().get(0).insufficientData()).isEqualTo(1);
  }

  @Test
  void aCodeAbsentFromACompleteListIsAnError() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, code("229"), CODE_NAME, 1, "231 债务还本支出"))
            .build();
    Report r = RuleHarness.run(rule, d, TestCatalogue.complete2024(), CheckProfile.defaults());
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
              assertThat(f.location().rowCode()).isEqualTo("231");
            });
  }
}
