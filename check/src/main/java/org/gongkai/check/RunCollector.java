package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.SourceRef;

/** Collects one rule's outcomes on one document, applying the profile; not thread-safe. */
final class RunCollector implements Outcomes {

  private static final int MAX_UNCHECKED = 200;

  private final RuleInfo info;
  private final CheckProfile profile;
  final List<Finding> findings = new ArrayList<>(0);
  final List<Report.SuppressedFinding> suppressed = new ArrayList<>(0);
  final List<Outcome> unchecked = new ArrayList<>(0);
  final List<Outcome> widened = new ArrayList<>(0);
  int passed;
  int failed;
  int notApplicable;
  int insufficient;
  int errors;

  RunCollector(RuleInfo info, CheckProfile profile) {
    this.info = info;
    this.profile = profile;
  }

  @Override
  public void pass(Location where) {
    passed++;
  }

  @Override
  public void pass(Location where, String note) {
    passed++;
  }

  @Override
  public void passWithinMateriality(Location where, String note) {
    passed++;
    if (widened.size() < MAX_UNCHECKED) {
      widened.add(new Outcome(info.id(), OutcomeStatus.PASS, where, note));
    }
  }

  @Override
  public void fail(Location where, String expected, String actual, Object... args) {
    fail(info.severity(), null, where, expected, actual, args);
  }

  @Override
  public void fail(
      Severity severity,
      String variant,
      Location where,
      String expected,
      String actual,
      Object... args) {
    failed++;
    Optional<Severity> effective = profile.severity(info, severity);
    if (effective.isEmpty()) {
      return;
    }
    String key =
        variant == null || variant.isEmpty()
            ? info.messageKey()
            : info.messageKey() + "." + variant;
    Object[] all = new Object[args.length + 2];
    all[0] = expected == null ? "" : expected;
    all[1] = actual == null ? "" : actual;
    System.arraycopy(args, 0, all, 2, args.length);
    Finding f =
        new Finding(
            info.id(), effective.get(), where, Messages.format(key, all), expected, actual, false);
    Optional<CheckProfile.Suppression> s = profile.suppression(f);
    if (s.isPresent()) {
      suppressed.add(new Report.SuppressedFinding(f, s.get().reason()));
    } else if (findings.size() < profile.maxFindingsPerRule()) {
      findings.add(f);
    }
  }

  @Override
  public void notApplicable(String reasonKey, Object... args) {
    notApplicable++;
  }

  @Override
  public void insufficientData(Location where, String reasonKey, Object... args) {
    insufficient++;
    if (unchecked.size() < MAX_UNCHECKED) {
      unchecked.add(
          new Outcome(
              info.id(), OutcomeStatus.INSUFFICIENT_DATA, where, Messages.reason(reasonKey, args)));
    }
  }

  /** The rule threw: an error outcome and a RULE_FAILED finding. */
  void crashed(RuntimeException e) {
    errors++;
    Location where = Location.document(Part.COMPLETENESS, info.title(), SourceRef.NONE);
    String detail =
        e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    unchecked.add(new Outcome(info.id(), OutcomeStatus.ERROR, where, detail));
    findings.add(
        new Finding(
            info.id(),
            Severity.ERROR,
            where,
            Messages.format("rule-failed", info.id(), info.title(), detail),
            "",
            "",
            true));
  }

  RuleCoverage coverage() {
    return new RuleCoverage(
        info.id(),
        true,
        passed,
        failed,
        notApplicable,
        insufficient,
        errors,
        suppressed.size(),
        findings.size());
  }
}
