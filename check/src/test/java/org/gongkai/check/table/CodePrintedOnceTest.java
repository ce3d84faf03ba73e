package org.gongkai.check.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.check.TableBuilder.code;
import static org.gongkai.check.TableBuilder.withCell;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.Finding;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class CodePrintedOnceTest {

  private final CodePrintedOnce rule = new CodePrintedOnce();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesOnARepeatedCode() {
    var b = TestDisclosures.clean();
    b.table(6, t -> withCell(t, code("30102"), CODE_SECTION, "01"));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.location().rowCode()).isEqualTo("30101");
    assertThat(f.message()).contains("30101");
  }
}
