package org.gongkai.check.narrative;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.check.CellValue;
import org.gongkai.check.Comparison;
import org.gongkai.check.Comparisons;
import org.gongkai.check.FigureChecks;
import org.gongkai.check.Interval;
import org.gongkai.check.Location;
import org.gongkai.check.Messages;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.AmountClaim;
import org.gongkai.model.claim.SubjectKind;

/**
 * Every amount the narrative states equals the one table figure its subject is bound to, in any
 * unit (元 and 万元 converted exactly) within the rounding of both printings. A figure that appears
 * elsewhere in the row never satisfies it. 三公 items and described projects are left to the
 * cross-table rules that compare the reader's statements of them (XTB-016, XTB-017).
 */
public final class NarrativeAmountMatchesTable implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-001", RuleFamily.NARRATIVE, Severity.ERROR).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (AmountClaim a : ClaimRules.claims(ctx, AmountClaim.class)) {
      Optional<ClaimRules.Bound> b = ClaimRules.bound(ctx, a.binding());
      if (b.isEmpty() || checkedElsewhere(ctx, a)) {
        continue;
      }
      any = true;
      check(ctx, out, a, b.get());
    }
    if (!any) {
      out.notApplicable("no-bound-claims");
    }
  }

  private static void check(RuleContext ctx, Outcomes out, AmountClaim a, ClaimRules.Bound b) {
    Location where = ClaimRules.where(a);
    if (b.unit().isEmpty()) {
      out.insufficientData(where, "table-unit-unknown");
      return;
    }
    CellValue v = b.value();
    switch (v.state()) {
      case NUMBER -> {
        Comparison c =
            a.nil()
                ? ctx.comparisons().range(Interval.exact(BigDecimal.ZERO), v.money())
                : ctx.comparisons().same(v.money(), a.amount());
        // the cell's description is made only for a finding: formatting it costs more than the
        // check
        FigureChecks.report(out, where, c, "", c.ok() ? "" : b.location().describe());
      }
      case BLANK -> {
        if (a.amount().isZero()) {
          out.pass(where, Messages.text("note.blanks-as-zero"));
        } else {
          out.fail(
              Severity.ERROR,
              "blank",
              where,
              Messages.text("value.blank"),
              Comparisons.printed(a.amount()),
              "",
              "",
              b.location().describe());
        }
      }
      case NOT_A_NUMBER -> out.insufficientData(where, "not-a-number");
    }
  }

  /** 三公 items and described projects: compared by XTB-016 and XTB-017 from the same sentences. */
  private static boolean checkedElsewhere(RuleContext ctx, AmountClaim a) {
    SubjectKind k = a.subject().kind();
    if (k.group() == SubjectKind.Group.THREE_PUBLIC) {
      return ctx.disclosure().threePublic() != null;
    }
    return k == SubjectKind.PROJECT && !ctx.disclosure().projects().isEmpty();
  }
}
