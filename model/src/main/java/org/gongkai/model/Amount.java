package org.gongkai.model;

import java.util.Objects;

/** A stated sum of money (in the narrative or a sheet header) and where it was stated. */
public record Amount(Money money, String printed, SourceRef source) {
  public Amount {
    Objects.requireNonNull(money, "money");
    printed = printed == null ? money.plain() : printed;
    source = source == null ? SourceRef.NONE : source;
  }
}
