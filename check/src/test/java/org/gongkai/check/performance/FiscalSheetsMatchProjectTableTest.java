package org.gongkai.check.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;

import java.util.List;
import org.gongkai.check.DocBuilder;
import org.gongkai.check.Finding;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class FiscalSheetsMatchProjectTableTest {

  private final FiscalSheetsMatchProjectTable rule = new FiscalSheetsMatchProjectTable();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenTheFiscalFundsDifferFromTheProjectTable() {
    DocBuilder b = TestDisclosures.clean();
    b.sheet("业务活动经费项目", s -> DocBuilder.withFunds(s, "45.00", "45.00", "0.00", null));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.expected()).isEqualTo("50.00 万元");
    assertThat(f.actual()).isEqualTo("45.00 万元");
  }

  @Test
  void warnsWhenAFiscalSheetHasNoProjectInTheTable() {
    DocBuilder b = TestDisclosures.clean();
    b.performance.add(DocBuilder.sheet("新项目", "5.00", "5.00", "0.00", "", List.of()));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
  }
}
