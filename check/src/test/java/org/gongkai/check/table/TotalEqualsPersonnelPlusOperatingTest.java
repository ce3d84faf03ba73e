package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.gongkai.model.Disclosure;
import org.junit.jupiter.api.Test;

class TotalEqualsPersonnelPlusOperatingTest {

  private final TotalEqualsPersonnelPlusOperating rule = new TotalEqualsPersonnelPlusOperating();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnARowWhosePartsDoNotAddUp() {
    Disclosure d =
        TestDisclosures.clean()
            .table(6, t -> withCell(t, code("30101"), PERSONNEL, "365.00"))
            .build();
    Finding f = assertFires(rule, d, 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("30101");
    assertThat(f.expected()).isEqualTo("365.00 万元");
  }

  /** Shanghai's 收支总表: 人员/公用 split 基本支出, beside 项目支出, with no 基本支出 column. */
  private static Disclosure shanghaiStyle(String personnel) {
    var b = TestDisclosures.clean();
    b.tables.add(
        new org.gongkai.check.TableBuilder(
                11, org.gongkai.model.TableKind.EXPENDITURE_SUMMARY, "支出预算总表")
            .codeStub3()
            .col(TOTAL, "合计")
            .col(PERSONNEL, "人员经费")
            .col(OPERATING, "公用经费")
            .col(PROJECT, "项目支出")
            .row("201", "", "", "一般公共服务支出", "1000.00", personnel, "200.00", "100.00")
            .build());
    return b.build();
  }

  @Test
  void withAProjectColumnAndNoBasicColumnTheProjectIsAPart() {
    Disclosure clean = shanghaiStyle("700.00");
    assertThat(
            new org.gongkai.check.Checker(
                    java.util.List.of(rule),
                    org.gongkai.check.CheckProfile.defaults(),
                    org.gongkai.check.CatalogueCodes.shipped())
                .check(clean).findings().stream().filter(f -> f.location().tableNumber() == 11))
        .isEmpty();
    Disclosure broken = shanghaiStyle("710.00");
    assertThat(
            new org.gongkai.check.Checker(
                    java.util.List.of(rule),
                    org.gongkai.check.CheckProfile.defaults(),
                    org.gongkai.check.CatalogueCodes.shipped())
                .check(broken).findings().stream().filter(f -> f.location().tableNumber() == 11))
        .hasSize(1);
  }
}
