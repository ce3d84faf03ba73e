package org.gongkai.model.claim;

import java.util.List;
import java.util.Objects;
import org.gongkai.model.Money;
import org.gongkai.model.SourceRef;

/**
 * "其中：A x 万元，B y 万元" or a project's cost items: parts that should add up to the subject's total.
 *
 * @param total the total as printed (or the change, when {@code ofChanges})
 * @param parts the parts in printed order
 * @param ofChanges true when the parts are changes against last year that should add up to the
 *     total's change ("比上年增加 …，其中：A 增加 …")
 * @param binding the total's quantity
 */
public record BreakdownClaim(
    ClaimOrigin origin,
    Subject subject,
    Money total,
    List<Part> parts,
    boolean ofChanges,
    Binding binding)
    implements Claim {

  /**
   * One part: a label and either an amount or a rate.
   *
   * @param label the part's label as printed (compact)
   * @param subject the part's subject when the parser knew it, else {@link SubjectKind#OTHER}
   * @param amount the amount (signed for a change), null when the part is a rate
   * @param rate the rate, null when the part is an amount
   * @param source where the part was printed
   */
  public record Part(String label, Subject subject, Money amount, Rate rate, SourceRef source) {
    public Part {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(subject, "subject");
      if ((amount == null) == (rate == null)) {
        throw new IllegalArgumentException("a part has an amount or a rate: " + label);
      }
      source = source == null ? SourceRef.NONE : source;
    }

    public boolean isRate() {
      return rate != null;
    }
  }

  public BreakdownClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(total, "total");
    parts = List.copyOf(parts);
    Objects.requireNonNull(binding, "binding");
  }
}
