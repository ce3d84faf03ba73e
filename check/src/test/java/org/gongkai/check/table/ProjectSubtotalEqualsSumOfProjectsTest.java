package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ProjectSubtotalEqualsSumOfProjectsTest {

  private final ProjectSubtotalEqualsSumOfProjects rule = new ProjectSubtotalEqualsSumOfProjects();

  private static org.gongkai.model.Table withSubtotal(String amount) {
    String item = "其他政府办公厅（室）及相关机构事务支出";
    return new org.gongkai.check.TableBuilder(
            7, org.gongkai.model.TableKind.GENERAL_PUBLIC_PROJECT_EXPENDITURE, "项目支出表")
        .codeStub3()
        .col(PROJECT_NAME, "项目名称")
        .col(TOTAL, "合计")
        .row("201", "03", "99", item, "", amount)
        .row("", "", "", "", "甲项目", "60.00")
        .row("", "", "", "", "乙项目", "40.00")
        .row("", "", "", "", "合计", "100.00")
        .build();
  }

  @Test
  void silentWhenTheSubtotalIsItsProjects() {
    var b = TestDisclosures.clean();
    b.table(7, t -> withSubtotal("100.00"));
    assertSilent(rule, b.build());
  }

  @Test
  void firesWhenTheSubtotalIsNotItsProjects() {
    var b = TestDisclosures.clean();
    b.table(7, t -> withSubtotal("104.50"));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("2010399");
  }

  @Test
  void notApplicableWithoutSubtotalRows() {
    assertNotApplicable(rule, TestDisclosures.clean().build());
  }
}
