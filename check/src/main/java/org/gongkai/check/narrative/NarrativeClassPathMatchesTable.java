package org.gongkai.check.narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.check.TableView;
import org.gongkai.check.view.Names;
import org.gongkai.model.Row;
import org.gongkai.model.claim.Claim;
import org.gongkai.model.claim.Subject;
import org.gongkai.model.claim.SubjectKind;

/**
 * A class printed with its parents ("一般公共服务支出(类)…(款)行政运行(项)") sits under those parents in the table
 * its figure comes from.
 */
public final class NarrativeClassPathMatchesTable implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-004", RuleFamily.NARRATIVE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Claim c : ctx.disclosure().claims()) {
      Subject s = c.subject();
      if (s.kind() != SubjectKind.FUNCTIONAL_CLASS || s.path().isEmpty()) {
        continue;
      }
      Optional<ClaimRules.Bound> b = ClaimRules.bound(ctx, c.binding());
      if (b.isEmpty()
          || !seen.add(c.origin().section() + "#" + c.origin().sentenceIndex() + s.name())) {
        continue;
      }
      List<String> parents = parents(b.get().view(), b.get().row(), c.binding().quantity());
      if (parents.isEmpty()) {
        out.insufficientData(ClaimRules.where(c), "parents-not-printed");
        continue;
      }
      List<String> wrong =
          s.path().stream().filter(p -> parents.stream().noneMatch(a -> Names.same(a, p))).toList();
      if (wrong.isEmpty()) {
        out.pass(ClaimRules.where(c));
      } else {
        out.fail(
            ClaimRules.where(c),
            String.join("、", parents),
            String.join("、", wrong),
            s.name(),
            b.get().location().describe());
      }
    }
    if (seen.isEmpty()) {
      out.notApplicable("not-stated");
    }
  }

  /** The names of the rows whose codes are the row's code's prefixes, outermost first. */
  private static List<String> parents(TableView v, Row row, org.gongkai.model.claim.Quantity q) {
    String code = q.rowCode();
    List<String> out = new ArrayList<>();
    for (int len = 3; len < code.length(); len += 2) {
      for (Row r : v.rowsWithCode(q.side(), code.substring(0, len))) {
        out.add(v.label(r, q.side()).name());
      }
    }
    return out;
  }
}
