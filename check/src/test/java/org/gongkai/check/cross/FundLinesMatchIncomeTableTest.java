package org.gongkai.check.cross;

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

class FundLinesMatchIncomeTableTest {

  private final FundLinesMatchIncomeTable rule = new FundLinesMatchIncomeTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenASourceLineHasNoColumnBehindIt() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, name("4. 财政专户核拨"), TOTAL, "10.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowName()).isEqualTo("4.财政专户核拨");
    assertThat(f.expected()).isEqualTo("（空白）");
  }

  @Test
  void firesOnTheFiscalSummarysLines() {
    Disclosure d =
        TestDisclosures.clean()
            .table(4, t -> withCell(t, name("一般公共预算"), TOTAL, "1,800.00"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).location().tableNumber()).isEqualTo(4);
  }

  @Test
  void carryOverLinesAreComparedWithTheCarryOverColumns() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, name("1. 财政拨款结转"), TOTAL, "30.00"))
            .build();
    assertThat(assertFires(rule, d, 1).get(0).expected()).isEqualTo("39.77 万元");
  }
}
