package org.gongkai.check.performance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.PerformanceTargets;

/** A sheet sets output (产出), benefit (效益) and satisfaction (满意度) indicators. */
public final class SheetHasCoreKinds extends SheetRule {

  private static final RuleInfo INFO =
      RuleInfo.of("PRF-014", RuleFamily.PERFORMANCE, Severity.WARNING).build();

  private static final List<String> CORE = List.of("产出", "效益", "满意度");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  boolean check(RuleContext ctx, Outcomes out, PerformanceTargets s) {
    if (s.indicators().isEmpty()) {
      return false;
    }
    Set<String> kinds = new HashSet<>();
    for (Sheets.Read r : Sheets.read(ctx, s)) {
      kinds.add(r.level1());
    }
    List<String> missing = new ArrayList<>();
    for (String k : CORE) {
      if (!kinds.contains(k)) {
        missing.add(k + "指标");
      }
    }
    Location where = Location.of(s);
    if (missing.isEmpty()) {
      out.pass(where);
    } else {
      out.fail(where, "", "", String.join("、", missing));
    }
    return true;
  }
}
