package org.gongkai.model.claim;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * "比上年预算增加 304.39 万元，增长 20.25%": the subject's change against last year.
 *
 * @param direction the direction word before the amount as printed (增加, 减少, 持平, 新增 …), empty when
 *     none
 * @param amount the change amount as printed (unsigned), null when not stated
 * @param percent the change percent as printed (unsigned), null when not stated
 * @param percentDirection the direction word before the percent (增长, 下降 …), empty when none
 * @param basis what it is compared with, as printed (比上年预算, 较上年, 与2023年预算相比)
 * @param current the subject's amount this year stated in the same sentence, null when none
 * @param binding the subject's quantity this year
 */
public record ChangeClaim(
    ClaimOrigin origin,
    Subject subject,
    String direction,
    Money amount,
    BigDecimal percent,
    String percentDirection,
    String basis,
    Money current,
    Binding binding)
    implements Claim {

  public ChangeClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    direction = direction == null ? "" : direction;
    percentDirection = percentDirection == null ? "" : percentDirection;
    basis = basis == null ? "" : basis;
    Objects.requireNonNull(binding, "binding");
  }

  /** The change amount with its sign from the direction word, when both are known. */
  public java.util.Optional<Money> signedAmount() {
    if (amount == null) {
      return java.util.Optional.empty();
    }
    return Direction.of(direction)
        .filter(d -> d != Direction.FLAT)
        .map(d -> d.sign() < 0 ? amount.negate() : amount);
  }
}
