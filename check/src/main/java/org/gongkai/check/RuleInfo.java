package org.gongkai.check;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.DisclosureKind;
import org.gongkai.model.TableKind;

/**
 * A rule's metadata. The Chinese title, message template and basis live in the message bundle under
 * {@code <id>.title}, {@code <id>.message} and {@code <id>.basis}; {@link #of} reads them, so
 * user-facing text stays in {@code messages.properties}.
 *
 * @param id stable id, never reused: family prefix, dash, three digits ({@code TBL-001})
 * @param family what kind of check it is; the id starts with its prefix
 * @param severity the default severity of its findings (a profile may override it)
 * @param title Chinese title
 * @param messageKey the bundle key of the Chinese message template ({@code <id>.message})
 * @param basis the regulation or identity the rule enforces, in Chinese
 * @param tables the table kinds the rule reads (empty when it reads no table)
 * @param roles the column roles the rule needs
 * @param appliesTo the disclosure kinds the rule applies to; all kinds when empty
 */
public record RuleInfo(
    String id,
    RuleFamily family,
    Severity severity,
    String title,
    String messageKey,
    String basis,
    Set<TableKind> tables,
    Set<ColumnRole> roles,
    Set<DisclosureKind> appliesTo) {

  /** The form of a rule id. */
  public static final Pattern ID = Pattern.compile("[A-Z]{3}-\\d{3}");

  public RuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(messageKey, "messageKey");
    basis = basis == null ? "" : basis;
    if (!ID.matcher(id).matches() || !id.startsWith(family.prefix() + "-")) {
      throw new IllegalArgumentException("malformed rule id for " + family + ": " + id);
    }
    tables = Set.copyOf(tables);
    roles = Set.copyOf(roles);
    appliesTo = Set.copyOf(appliesTo);
  }

  /** Starts the metadata of a rule; title, message key and basis come from the bundle. */
  public static Builder of(String id, RuleFamily family, Severity severity) {
    return new Builder(id, family, severity);
  }

  /** True when the rule applies to documents of this kind (an unknown kind gets every rule). */
  public boolean appliesTo(DisclosureKind kind) {
    return appliesTo.isEmpty() || kind == null || appliesTo.contains(kind);
  }

  /** Builds a {@link RuleInfo}; see {@link RuleInfo#of}. */
  public static final class Builder {
    private final String id;
    private final RuleFamily family;
    private final Severity severity;
    private final Set<TableKind> tables = EnumSet.noneOf(TableKind.class);
    private final Set<ColumnRole> roles = EnumSet.noneOf(ColumnRole.class);
    private final Set<DisclosureKind> kinds = EnumSet.noneOf(DisclosureKind.class);

    private Builder(String id, RuleFamily family, Severity severity) {
      this.id = id;
      this.family = family;
      this.severity = severity;
    }

    public Builder tables(TableKind... kinds) {
      tables.addAll(Set.of(kinds));
      return this;
    }

    public Builder roles(ColumnRole... needed) {
      roles.addAll(Set.of(needed));
      return this;
    }

    /** Restricts the rule to these disclosure kinds (e.g. BUDGET only). */
    public Builder appliesTo(DisclosureKind... only) {
      kinds.addAll(Set.of(only));
      return this;
    }

    public RuleInfo build() {
      return new RuleInfo(
          id,
          family,
          severity,
          Messages.text(id + ".title"),
          id + ".message",
          Messages.text(id + ".basis"),
          tables,
          roles,
          kinds);
    }
  }
}
