package org.gongkai.check;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metadata;

/**
 * The result of checking one disclosure: which rules ran (rule-set version) against which
 * catalogue, the findings, the findings set aside by suppressions, what could not be checked, and
 * coverage per rule.
 *
 * @param rulesetVersion the rule set's version
 * @param catalogue the catalogue lists used for the document's year
 * @param materiality the materiality in force, as printed ("0 元" when none)
 * @param metadata what the document is
 * @param findings the findings, in rule order, then document order
 * @param suppressed findings set aside by the profile, with the reason
 * @param unchecked outcomes of insufficient data and rule errors, so a reader sees the gaps
 * @param widened passes that needed the profile's materiality (a difference beyond rounding)
 * @param coverage one entry per registered rule
 * @param disclosure the document checked (for writers that render it; not serialised)
 */
public record Report(
    String rulesetVersion,
    String catalogue,
    String materiality,
    Metadata metadata,
    List<Finding> findings,
    List<SuppressedFinding> suppressed,
    List<Outcome> unchecked,
    List<Outcome> widened,
    List<RuleCoverage> coverage,
    Disclosure disclosure) {

  /**
   * A finding a suppression set aside.
   *
   * @param finding the finding
   * @param reason the suppression's reason
   */
  public record SuppressedFinding(Finding finding, String reason) {}

  public Report {
    Objects.requireNonNull(rulesetVersion, "rulesetVersion");
    catalogue = catalogue == null ? "" : catalogue;
    materiality = materiality == null ? "" : materiality;
    Objects.requireNonNull(metadata, "metadata");
    findings = List.copyOf(findings);
    suppressed = List.copyOf(suppressed);
    unchecked = List.copyOf(unchecked);
    widened = List.copyOf(widened);
    coverage = List.copyOf(coverage);
  }

  /** Findings per severity (every severity present, possibly zero). */
  public Map<Severity, Integer> summary() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    for (Finding f : findings) {
      counts.merge(f.severity(), 1, Integer::sum);
    }
    return counts;
  }

  /** Findings of one severity. */
  public int count(Severity s) {
    return summary().get(s);
  }

  /** 1 when any finding has error severity, else 0. */
  public int exitCode() {
    return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR) ? 1 : 0;
  }

  /** Findings a cap left out of {@link #findings} (their rules' coverage has the true count). */
  public int findingsNotShown() {
    return coverage.stream()
        .mapToInt(c -> Math.max(0, c.failed() - c.suppressed() - c.findingsKept()))
        .sum();
  }
}
