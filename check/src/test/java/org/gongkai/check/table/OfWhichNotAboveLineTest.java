package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.name;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.RuleHarness;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class OfWhichNotAboveLineTest {

  private final OfWhichNotAboveLine rule = new OfWhichNotAboveLine();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheOfWhichLinesExceedTheirLine() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, name("其中：一般财力"), TOTAL, "1,900.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowName()).isEqualTo("1.一般公共预算拨款");
  }

  @Test
  void silentWhenTheOfWhichLinesAreOnlyPartOfTheirLine() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, name("其中：一般财力"), TOTAL, "1,000.00"))
            .build();
    assertThat(RuleHarness.run(rule, d).findings()).isEmpty();
  }
}
