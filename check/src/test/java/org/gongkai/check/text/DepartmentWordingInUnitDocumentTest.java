package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.junit.jupiter.api.Test;

class DepartmentWordingInUnitDocumentTest {

  private final DepartmentWordingInUnitDocument rule = new DepartmentWordingInUnitDocument();

  @Test
  void silentOnTheCleanDocument() {
    assertSilent(rule, NarrativeDocs.clean().build());
  }

  @Test
  void firesWhenAUnitCallsItselfADepartment() {
    Finding f =
        assertFires(
                rule,
                NarrativeDocs.replacing("本单位2024年收入预算1,889.38万元", "本部门2024年收入预算1,889.38万元").build(),
                1)
            .get(0);
    assertThat(f.actual()).isEqualTo("本部门");
  }

  @Test
  void otherDepartmentsAreNotSelfReferences() {
    assertSilent(
        rule,
        NarrativeDocs.replacing("主要原因是人员经费标准调整", "主要原因是配合各部门工作，使用部门满意度提高，按部门预算支出经济分类核算").build());
  }
}
