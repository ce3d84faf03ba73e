package org.gongkai.read.claim;

import java.math.BigDecimal;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ClaimOrigin;
import org.gongkai.model.claim.Direction;
import org.gongkai.model.claim.Subject;

/** A change being read: amount and percent come in separate clauses of one sentence. */
final class ChangeDraft {

  final Subject subject;
  final ClaimOrigin origin;
  String basis;
  String direction = "";
  Money amount;
  String percentDirection = "";
  BigDecimal percent;

  ChangeDraft(Subject subject, ClaimOrigin origin, String basis) {
    this.subject = subject;
    this.origin = origin;
    this.basis = basis == null ? "" : basis;
  }

  /** The change amount signed by its direction word, or null. */
  Money signed() {
    if (amount == null) {
      return null;
    }
    return Direction.of(direction).map(d -> d.sign() < 0 ? amount.negate() : amount).orElse(null);
  }
}
