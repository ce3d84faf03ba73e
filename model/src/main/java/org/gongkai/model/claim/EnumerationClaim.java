package org.gongkai.model.claim;

import java.util.List;
import java.util.Objects;

/**
 * "支出预算包括：一般公共服务支出、公共安全支出…": the names of what a whole is made of, without amounts.
 *
 * @param subject the whole whose parts are listed (the expenditure budget, 人员经费 …)
 * @param items the names listed, compact, in printed order
 * @param binding the whole's quantity
 */
public record EnumerationClaim(
    ClaimOrigin origin, Subject subject, List<String> items, Binding binding) implements Claim {

  public EnumerationClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    items = List.copyOf(items);
    Objects.requireNonNull(binding, "binding");
  }
}
