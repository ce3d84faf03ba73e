package org.gongkai.model.claim;

import java.util.Objects;
import java.util.Optional;

/**
 * What a claim's subject was bound to: exactly one {@link Quantity} of the model, or nothing, with
 * the reason. An unbound claim is reported as such, never counted as checked.
 *
 * @param quantity the quantity, null when unbound
 * @param reason why it is unbound, null when bound
 * @param detail a short remark for the report (the row names that made it ambiguous …), may be
 *     empty
 */
public record Binding(Quantity quantity, UnboundReason reason, String detail) {

  public Binding {
    if ((quantity == null) == (reason == null)) {
      throw new IllegalArgumentException("a binding has either a quantity or a reason");
    }
    detail = detail == null ? "" : detail;
  }

  public static Binding to(Quantity quantity) {
    return new Binding(Objects.requireNonNull(quantity, "quantity"), null, "");
  }

  public static Binding unbound(UnboundReason reason, String detail) {
    return new Binding(null, Objects.requireNonNull(reason, "reason"), detail);
  }

  public boolean isBound() {
    return quantity != null;
  }

  public Optional<Quantity> bound() {
    return Optional.ofNullable(quantity);
  }
}
