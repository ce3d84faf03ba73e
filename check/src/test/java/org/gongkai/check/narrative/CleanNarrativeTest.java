package org.gongkai.check.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.check.CheckProfile;
import org.gongkai.check.Checker;
import org.gongkai.check.NarrativeDocs;
import org.gongkai.check.Report;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleRegistry;
import org.gongkai.check.TestCatalogue;
import org.gongkai.check.TestDisclosures;
import org.junit.jupiter.api.Test;

/** The narrative and text rules raise nothing on a clean document, and leave nothing unchecked. */
class CleanNarrativeTest {

  static List<Rule> narrativeAndText() {
    return RuleRegistry.all().stream()
        .filter(r -> r.info().id().startsWith("NAR") || r.info().id().startsWith("TXT"))
        .toList();
  }

  @Test
  void noFindingOnACleanNarrative() {
    Report r =
        new Checker(narrativeAndText(), CheckProfile.defaults(), TestCatalogue.partial2024())
            .check(NarrativeDocs.clean().build(), TestDisclosures.layout());
    r.findings()
        .forEach(
            f -> System.out.println(f.rule() + " " + f.location().describe() + " " + f.message()));
    r.unchecked()
        .forEach(
            o ->
                System.out.println(
                    "UNCHECKED " + o.rule() + " " + o.location().describe() + " " + o.note()));
    r.coverage().forEach(c -> System.out.println("COV " + c));
    assertThat(r.findings()).isEmpty();
    assertThat(r.unchecked()).isEmpty();
    assertThat(narrativeAndText()).hasSizeGreaterThanOrEqualTo(30);
  }
}
