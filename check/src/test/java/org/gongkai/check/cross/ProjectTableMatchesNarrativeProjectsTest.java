package org.gongkai.check.cross;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongkai.check.DocBuilder.wan;
import static org.gongkai.check.RuleHarness.assertFires;
import static org.gongkai.check.RuleHarness.assertSilent;
import static org.gongkai.model.ColumnRole.*;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.Severity;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

class ProjectTableMatchesNarrativeProjectsTest {

  private final ProjectTableMatchesNarrativeProjects rule =
      new ProjectTableMatchesNarrativeProjects();

  @Test
  void silentOnACleanDocument() {
    assertSilent(rule, TestDisclosures.clean().build());
  }

  @Test
  void firesWhenAnAmountDiffers() {
    var b = TestDisclosures.clean();
    var p = b.projects.get(0);
    b.projects.set(
        0,
        new org.gongkai.model.ProjectDescription(
            p.name(), p.basis(), wan("55.00"), p.owner(), "", "", null));
    Finding f = assertFires(rule, b.build(), 1).get(0);
    assertThat(f.actual()).isEqualTo("55.00 万元");
    assertThat(f.expected()).isEqualTo("60.00 万元");
  }

  @Test
  void firesOnBothSidesWhenANameDiffers() {
    var b = TestDisclosures.clean();
    var p = b.projects.get(0);
    b.projects.set(
        0,
        new org.gongkai.model.ProjectDescription(
            "机场设施租用费", p.basis(), p.scale(), p.owner(), "", "", null));
    List<Finding> f = assertFires(rule, b.build(), 2);
    assertThat(f).extracting(Finding::severity).containsExactly(Severity.ERROR, Severity.WARNING);
  }

  @Test
  void forgivesOnlyWhitespaceAndPunctuationWidth() {
    var b = TestDisclosures.clean();
    var p = b.projects.get(2);
    b.projects.set(
        2,
        new org.gongkai.model.ProjectDescription(
            "合作交流中心 工作经费", p.basis(), p.scale(), p.owner(), "", "", null));
    assertSilent(rule, b.build());
  }
}
