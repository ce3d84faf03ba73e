package org.gongkai.check.cross;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.total;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.TableBuilder;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.gongkai.model.TableKind;
import org.junit.jupiter.api.Test;

class StateCapitalMatchesFiscalSummaryTest {

  private final StateCapitalMatchesFiscalSummary rule = new StateCapitalMatchesFiscalSummary();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, filled(true));
  }

  static Disclosure filled(boolean consistent) {
    var b = TestDisclosures.clean();
    b.table(
        4,
        t ->
            withCell(
                withCell(t, code("208"), STATE_CAPITAL, 1, "10.00"),
                total(),
                STATE_CAPITAL,
                1,
                "10.00"));
    b.table(
        9,
        t ->
            new TableBuilder(9, TableKind.STATE_CAPITAL_EXPENDITURE, "国有资本经营预算支出情况表")
                .codeStub3()
                .col(TOTAL, "合计")
                .col(BASIC, "基本支出")
                .col(PROJECT, "项目支出")
                .row("208", "", "", "社会保障和就业支出", "10.00", "", "10.00")
                .row("", "", "", "合计", consistent ? "10.00" : "12.00", "", "10.00")
                .build());
    return b.build();
  }

  @Test
  void firesWhenTheTotalsDiffer() {
    assertFires(rule, filled(false), 1);
  }
}
