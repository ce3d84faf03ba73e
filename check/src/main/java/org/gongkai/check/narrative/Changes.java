package org.gongkai.check.narrative;

import java.util.Optional;
import org.gongkai.check.RuleContext;
import org.gongkai.model.Money;
import org.gongkai.model.claim.ChangeClaim;

/** This year's figure a change is a change of: stated with it, else the bound table figure. */
final class Changes {

  private Changes() {}

  static Optional<Money> current(RuleContext ctx, ChangeClaim c) {
    if (c.current() != null) {
      return Optional.of(c.current());
    }
    return ClaimRules.bound(ctx, c.binding())
        .filter(b -> b.unit().isPresent() && b.value().isNumber())
        .map(b -> b.value().money());
  }
}
