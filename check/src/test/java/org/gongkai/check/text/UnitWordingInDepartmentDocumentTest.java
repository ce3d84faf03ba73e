package org.gongkai.check.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertNotApplicable;
import static org.gongkai.check.RuleHarness.assertSilent;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Severity;
import org.gongkai.model.Metadata;
import org.gongkai.model.Scope;
import org.junit.jupiter.api.Test;

class UnitWordingInDepartmentDocumentTest {

  private final UnitWordingInDepartmentDocument rule = new UnitWordingInDepartmentDocument();

  @Test
  void notApplicableToAUnitsDocument() {
    assertNotApplicable(rule, NarrativeDocs.clean().build());
  }

  @Test
  void silentWhenADepartmentCallsItselfADepartment() {
    assertSilent(rule, department(NarrativeDocs.replacing("本单位2024年收入预算", "本部门2024年收入预算")));
  }

  @Test
  void noticesADepartmentCallingItselfAUnit() {
    Finding f =
        assertFires(
                rule,
                department(NarrativeDocs.replacing("关于本单位2024年收入预算情况说明", "关于2024年单位预算情况说明")),
                1)
            .get(0);
    assertThat(f.severity()).isEqualTo(Severity.NOTICE);
  }

  /** The test document as a department's: its own titles say 部门, its text is the test's. */
  private static org.gongkai.model.Disclosure department(DocBuilder b) {
    b.contents.clear();
    b.tables.replaceAll(
        t ->
            new org.gongkai.model.Table(
                t.number(),
                t.kind(),
                t.title().replace("单位", "部门"),
                t.unit(),
                t.preparer(),
                t.columns(),
                t.rows(),
                t.notes(),
                t.source()));
    Metadata m = b.metadata;
    b.metadata =
        new Metadata(
            m.unitName(),
            m.year(),
            m.kind(),
            Scope.DEPARTMENT,
            m.date(),
            m.layout(),
            m.title(),
            m.source());
    return b.build();
  }
}
