package org.gongkai.check.completeness;

import java.util.List;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.Disclosure;

/** The disclosure explains "国有资产" (财预〔2016〕143号). */
public final class StateAssetsExplained extends MatterExplainedRule {

  private static final RuleInfo INFO =
      RuleInfo.of("CMP-008", RuleFamily.COMPLETENESS, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean stated(Disclosure d) {
    return d.assets() != null;
  }

  @Override
  List<String> words() {
    return List.of("国有资产");
  }
}
