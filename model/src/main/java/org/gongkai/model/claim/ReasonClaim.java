package org.gongkai.model.claim;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * "主要原因是：安排 A 59 万元；未安排 B 7 万元": the reasons given for a change, with the amounts they state.
 *
 * @param change the change explained, signed by its direction word; null when the change states no
 *     amount
 * @param reasons the reasons in printed order (also those without an amount)
 * @param text the reason text as printed after 主要原因是
 * @param binding the subject's quantity
 */
public record ReasonClaim(
    ClaimOrigin origin,
    Subject subject,
    Money change,
    List<Reason> reasons,
    String text,
    Binding binding)
    implements Claim {

  /**
   * One reason.
   *
   * @param text the reason as printed
   * @param amount the amount it states (unsigned), null when none
   * @param sign +1 when it adds (安排, 新增, 增加), -1 when it takes away (未安排, 减少, 取消), 0 when the
   *     wording does not say
   */
  public record Reason(String text, Money amount, int sign) {
    public Reason {
      Objects.requireNonNull(text, "text");
      if (sign < -1 || sign > 1) {
        throw new IllegalArgumentException("sign is -1, 0 or 1: " + sign);
      }
    }
  }

  public ReasonClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    reasons = List.copyOf(reasons);
    text = text == null ? "" : text;
    Objects.requireNonNull(binding, "binding");
  }
}
