package org.gongkai.model.claim;

import java.math.BigDecimal;
import java.util.Objects;
import org.gongkai.model.Money;

/**
 * "占 95.67%": the subject's share of a whole, or (in final accounts) the share of its original
 * budget that was spent ("完成年初预算的 98.20%").
 *
 * @param percent the percent as printed (scale = printed decimals)
 * @param whole what it is a share of: stated (占本年支出合计的) or from context (the total before 其中, the
 *     section's total); null when nothing says
 * @param basis a share of a whole, or of the subject's own original budget
 * @param part the subject's amount stated with the share, null when none
 * @param wholeStated the whole's amount as the narrative states it, null when it does not
 * @param binding the subject's quantity
 * @param wholeBinding the whole's quantity
 */
public record ShareClaim(
    ClaimOrigin origin,
    Subject subject,
    BigDecimal percent,
    Subject whole,
    Basis basis,
    Money part,
    Money wholeStated,
    Binding binding,
    Binding wholeBinding)
    implements Claim {

  /** What a share is of. */
  public enum Basis {
    /** A share of a whole (占 x%). */
    OF_WHOLE,
    /** Spent against the original budget (完成年初预算的 x%). */
    OF_BUDGET
  }

  public ShareClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(percent, "percent");
    basis = basis == null ? Basis.OF_WHOLE : basis;
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(wholeBinding, "wholeBinding");
  }
}
