package org.gongkai.check.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import org.gongkai.check.DocBuilder;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class GlossaryPresentTest {

  private final GlossaryPresent rule = new GlossaryPresent();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void noticesAMissingGlossary() {
    DocBuilder b = TestDisclosures.clean();
    b.glossary.clear();
    assertThat(assertFires(rule, b.build(), 1).get(0).severity()).isEqualTo(Severity.NOTICE);
  }
}
