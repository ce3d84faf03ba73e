package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class TotalEqualsBasicPlusProjectTest {

  private final TotalEqualsBasicPlusProject rule = new TotalEqualsBasicPlusProject();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnARowWhosePartsDoNotAddUp() {
    Disclosure d =
        TestDisclosures.clean()
            .table(3, t -> withCell(t, code("2010301"), BASIC, "1,280.14"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().tableNumber()).isEqualTo(3);
    assertThat(f.location().rowCode()).isEqualTo("2010301");
    assertThat(f.location().column()).isEqualTo("合计");
    assertThat(f.expected()).isEqualTo("1,299.91 万元");
    assertThat(f.actual()).isEqualTo("1,304.41 万元");
    assertThat(f.message()).contains("4.50 万元");
  }

  @Test
  void aBlankTotalIsInsufficientDataNotAPass() {
    Disclosure d =
        TestDisclosures.clean().table(3, t -> withCell(t, code("2010301"), TOTAL, "")).build();
    var r = RuleHarness.run(rule, d);
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage().get(0).insufficientData()).isEqualTo(1);
    assertThat(r.unchecked())
        .singleElement()
        .satisfies(o -> assertThat(o.location().rowCode()).isEqualTo("2010301"));
  }

  @Test
  void anUnreadablePartIsInsufficientData() {
    Disclosure d =
        TestDisclosures.clean()
            .table(3, t -> withCell(t, code("2010350"), BASIC, "?1O9.89"))
            .build();
    var r = RuleHarness.run(rule, d);
    assertThat(r.findings()).isEmpty();
    assertThat(r.coverage().get(0).insufficientData()).isEqualTo(1);
  }

  @Test
  void notApplicableWithoutTheColumns() {
    var b = TestDisclosures.clean();
    b.tables.removeIf(t -> t.column(BASIC).isPresent());
    assertNotApplicable(rule, b.build());
  }
}
