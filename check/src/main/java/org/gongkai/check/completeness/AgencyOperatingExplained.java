package org.gongkai.check.completeness;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Disclosure;

/** The disclosure explains "机关运行经费" (财预〔2016〕143号). */
public final class AgencyOperatingExplained extends MatterExplainedRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-006", RuleFamily.COMPLETENESS, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean stated(Disclosure d) {
    return d.agencyOperating() != null;
  }

  @Override
  List<String> words() {
    return List.of("机关运行经费");
  }
}
