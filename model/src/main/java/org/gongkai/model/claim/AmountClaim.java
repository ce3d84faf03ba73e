package org.gongkai.model.claim;

import java.util.Objects;
import org.gongkai.model.Money;

/**
 * "基本支出 1,598.53 万元": the subject's amount. An amount stated as 未安排 / 无 is an exact zero.
 *
 * @param amount the amount as printed, with its unit and printed precision
 * @param measure which figure of the subject it is
 * @param nil true when the text says the subject has nothing (未安排, 无): an exact zero
 */
public record AmountClaim(
    ClaimOrigin origin,
    Subject subject,
    Money amount,
    Measure measure,
    boolean nil,
    Binding binding)
    implements Claim {

  public AmountClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(amount, "amount");
    measure = measure == null ? Measure.THIS_YEAR : measure;
    Objects.requireNonNull(binding, "binding");
  }
}
