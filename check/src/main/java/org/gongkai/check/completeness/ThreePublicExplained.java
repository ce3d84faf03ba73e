package org.gongkai.check.completeness;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Disclosure;

/** The disclosure explains "三公" (财预〔2016〕143号). */
public final class ThreePublicExplained extends MatterExplainedRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-005", RuleFamily.COMPLETENESS, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean stated(Disclosure d) {
    return d.threePublic() != null;
  }

  @Override
  List<String> words() {
    return List.of("三公");
  }
}
