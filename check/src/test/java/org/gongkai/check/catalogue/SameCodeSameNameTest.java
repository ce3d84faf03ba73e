package org.gongkai.check.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.CheckProfile;
import org.gongkai.check.CodeCatalogue;
import org.gongkai.check.Report;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class SameCodeSameNameTest {

  private final SameCodeSameName rule = new SameCodeSameName();

  private Report runUnknown(Disclosure d) {
    return RuleHarness.run(rule, d, CodeCatalogue.none(), CheckProfile.defaults());
  }

  @Test
  void silentWhenEveryTableNamesACodeAlike() {
    Report r = runUnknown(TestDisclosures.clean().build());
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage().get(0).passed()).isPositive();
  }

  @Test
  void firesWhenTwoTablesNameAnUnknownCodeDifferently() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, code("234"), CODE_NAME, 1, "234 抗疫特别国债还本支出"))
            .build();
    Report r = runUnknown(d);
    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().tableNumber()).isEqualTo(4);
              assertThat(f.expected()).isEqualTo("抗疫特别国债安排的支出");
              assertThat(f.actual()).isEqualTo("抗疫特别国债还本支出");
            });
  }

  @Test
  void leavesKnownCodesToTheNameRule() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, code("234"), CODE_NAME, 1, "234 抗疫特别国债还本支出"))
            .build();
    assertThat(RuleHarness.run(rule, d).findings()).isEmpty();
  }
}
