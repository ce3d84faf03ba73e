package org.gongkai.check.cross;

import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
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

class GovFundsMatchFiscalSummaryTest {

  private final GovFundsMatchFiscalSummary rule = new GovFundsMatchFiscalSummary();

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
                withCell(t, code("201"), GOV_FUNDS, 1, "10.00"), total(), GOV_FUNDS, 1, "10.00"));
    b.table(
        8,
        t ->
            new TableBuilder(8, TableKind.GOV_FUNDS_EXPENDITURE, "政府性基金预算支出情况表")
                .codeStub3()
                .col(TOTAL, "合计")
                .col(BASIC, "基本支出")
                .col(PROJECT, "项目支出")
                .row(
                    "201",
                    "",
                    "",
                    "一般公共服务支出",
                    consistent ? "10.00" : "12.00",
                    "",
                    consistent ? "10.00" : "12.00")
                .row(
                    "",
                    "",
                    "",
                    "合计",
                    consistent ? "10.00" : "12.00",
                    "",
                    consistent ? "10.00" : "12.00")
                .build());
    return b.build();
  }

  @Test
  void firesWhenTheTablesDiffer() {
    assertFires(rule, filled(false), 2);
  }

  @Test
  void notApplicableWhenBothAreEmpty() {
    assertNotApplicable(rule, TestDisclosures.clean().build());
  }
}
