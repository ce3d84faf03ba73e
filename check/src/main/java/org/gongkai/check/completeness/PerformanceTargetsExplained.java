package org.gongkai.check.completeness;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Disclosure;

/** The disclosure explains "绩效目标" (财预〔2016〕143号). */
public final class PerformanceTargetsExplained extends MatterExplainedRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-009", RuleFamily.COMPLETENESS, Severity.ERROR)
          .appliesTo(org.gongkai.model.DisclosureKind.BUDGET)
          .build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean stated(Disclosure d) {
    return !d.performance().isEmpty();
  }

  @Override
  List<String> words() {
    return List.of("绩效目标", "绩效情况");
  }
}
