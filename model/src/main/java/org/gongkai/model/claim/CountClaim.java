package org.gongkai.model.claim;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * "财政拨款项目 4 个", "共计 8 个项目，其中 3 个项目涉密": how many of something.
 *
 * @param count the number as printed
 * @param unit the measure word as printed (个, 辆, 台)
 * @param qualifier what narrows the count, as printed (涉密, 公开), empty when nothing
 */
public record CountClaim(
    ClaimOrigin origin,
    Subject subject,
    BigDecimal count,
    String unit,
    String qualifier,
    Binding binding)
    implements Claim {

  public CountClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(count, "count");
    unit = unit == null ? "" : unit;
    qualifier = qualifier == null ? "" : qualifier;
    Objects.requireNonNull(binding, "binding");
  }
}
