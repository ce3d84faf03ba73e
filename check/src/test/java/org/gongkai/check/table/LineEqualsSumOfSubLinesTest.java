package org.gongkai.check.table;

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

class LineEqualsSumOfSubLinesTest {

  private final LineEqualsSumOfSubLines rule = new LineEqualsSumOfSubLines();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheNumberedLinesDoNotAddUp() {
    Disclosure d =
        TestDisclosures.clean()
            .table(1, t -> withCell(t, name("1. 一般公共预算拨款"), TOTAL, "1,803.03"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowName()).isEqualTo("一、本年收入");
    assertThat(f.expected()).isEqualTo("1,803.03 万元");
  }

  @Test
  void firesOnTheFiscalSummarysPlainSubLines() {
    Disclosure d =
        TestDisclosures.clean().table(4, t -> withCell(t, name("政府性基金预算"), TOTAL, "10.00")).build();
    assertFires(rule, d, 1);
  }
}
