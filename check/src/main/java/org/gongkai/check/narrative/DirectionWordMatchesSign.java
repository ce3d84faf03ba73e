package org.gongkai.check.narrative;

import java.util.Optional;
import org.gongkai.check.Location;
import org.gongkai.check.Outcomes;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleContext;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.Severity;
import org.gongkai.model.claim.ChangeClaim;
import org.gongkai.model.claim.Direction;

/**
 * The direction words of a change agree with its figures and with each other: "增加 0.00 万元" or "增长
 * 0.00%" is 持平, "持平" with a non-zero change is not, and "增加 … 下降 x%" contradicts itself.
 */
public final class DirectionWordMatchesSign implements Rule {

  private static final RuleInfo INFO =
      RuleInfo.of("NAR-010", RuleFamily.NARRATIVE, Severity.WARNING).build();

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(RuleContext ctx, Outcomes out) {
    boolean any = false;
    for (ChangeClaim c : ClaimRules.claims(ctx, ChangeClaim.class)) {
      Optional<Direction> amountWord = Direction.of(c.direction());
      Optional<Direction> percentWord = Direction.of(c.percentDirection());
      if (amountWord.isEmpty() && percentWord.isEmpty()) {
        continue;
      }
      any = true;
      String problem = problem(c, amountWord, percentWord);
      Location where = ClaimRules.where(c);
      if (problem == null) {
        out.pass(where);
      } else {
        out.fail(Severity.WARNING, problem, where, "", printed(c), c.subject().name());
      }
    }
    if (!any) {
      out.notApplicable("not-stated");
    }
  }

  /** The message variant for what is wrong, or null. */
  private static String problem(
      ChangeClaim c, Optional<Direction> amountWord, Optional<Direction> percentWord) {
    boolean zeroAmount = c.amount() != null && c.amount().isZero();
    boolean zeroPercent = c.percent() != null && c.percent().signum() == 0;
    boolean flatWord =
        amountWord.map(d -> d == Direction.FLAT).orElse(false)
            || percentWord.map(d -> d == Direction.FLAT).orElse(false);
    if (flatWord
        && ((c.amount() != null && !zeroAmount) || (c.percent() != null && !zeroPercent))) {
      return "flat";
    }
    boolean movingAmount = amountWord.map(d -> d.sign() != 0).orElse(false);
    boolean movingPercent = percentWord.map(d -> d.sign() != 0).orElse(false);
    if ((movingAmount && zeroAmount) || (movingPercent && zeroPercent)) {
      return "zero";
    }
    if (movingAmount && movingPercent && amountWord.get().sign() != percentWord.get().sign()) {
      return "contradict";
    }
    return null;
  }

  private static String printed(ChangeClaim c) {
    StringBuilder sb = new StringBuilder(c.direction());
    if (c.amount() != null) {
      sb.append(' ').append(org.gongkai.check.Comparisons.printed(c.amount()));
    }
    if (c.percent() != null) {
      sb.append(sb.length() > 0 ? "，" : "")
          .append(c.percentDirection())
          .append(' ')
          .append(c.percent().toPlainString())
          .append('%');
    }
    return sb.toString();
  }
}
