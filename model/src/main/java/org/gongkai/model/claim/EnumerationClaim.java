package org.gongkai.model.claim;

import java.util.List;
import java.util.Objects;

/**
 * "支出预算包括：一般公共服务支出、公共安全支出…": the names of what a whole is made of, without amounts.
 *
 * @param subject the whole whose parts are listed (the expenditure budget, 人员经费 …)
 * @param items the names listed, compact, in printed order
 * @param itemSubjects what each item names, as the parser recognised it ({@link SubjectKind#OTHER}
 *     when it did not), in the order of {@code items}
 * @param binding the whole's quantity
 */
public record EnumerationClaim(
    ClaimOrigin origin,
    Subject subject,
    List<String> items,
    List<Subject> itemSubjects,
    Binding binding)
    implements Claim {

  public EnumerationClaim {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(subject, "subject");
    items = List.copyOf(items);
    itemSubjects = List.copyOf(itemSubjects);
    if (itemSubjects.size() != items.size()) {
      throw new IllegalArgumentException("one subject per item: " + items + " " + itemSubjects);
    }
    Objects.requireNonNull(binding, "binding");
  }
}
