package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.Disclosure;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.LayoutProfiles;

/**
 * Runs rules over disclosures. Immutable and thread-safe: one checker can check many documents in
 * parallel. A rule that throws becomes an error outcome and a {@code RULE_FAILED} finding, and the
 * run goes on.
 */
public final class Checker {

  private final List<Rule> rules;
  private final CheckProfile profile;
  private final CodeCatalogue catalogue;
  private final Comparisons comparisons;
  private final String rulesetVersion;
  private final String materiality;

  /** A checker running the given rules. */
  public Checker(List<Rule> rules, CheckProfile profile, CodeCatalogue catalogue) {
    this.rules = List.copyOf(rules);
    this.profile = Objects.requireNonNull(profile, "profile");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.comparisons = new Comparisons(profile.materiality());
    this.rulesetVersion = RuleRegistry.version(this.rules);
    this.materiality = Comparisons.printed(profile.materiality());
  }

  /** A checker running every registered rule. */
  public static Checker standard(CheckProfile profile, CodeCatalogue catalogue) {
    return new Checker(RuleRegistry.all(), profile, catalogue);
  }

  /** A checker running every registered rule with the default profile. */
  public static Checker standard(CodeCatalogue catalogue) {
    return standard(CheckProfile.defaults(), catalogue);
  }

  public List<Rule> rules() {
    return rules;
  }

  public CheckProfile profile() {
    return profile;
  }

  /** Checks a disclosure with the layout profile named in its metadata (if shipped). */
  public Report check(Disclosure d) {
    Optional<LayoutProfile> layout = LayoutProfiles.byId(d.metadata().layout());
    return check(d, layout.orElse(null));
  }

  /** Checks a disclosure read with the given layout profile (null when unknown). */
  public Report check(Disclosure d, LayoutProfile layout) {
    RuleContext ctx = new RuleContext(d, layout, comparisons, catalogue, profile);
    List<Finding> findings = new ArrayList<>();
    List<Report.SuppressedFinding> suppressed = new ArrayList<>(0);
    List<Outcome> unchecked = new ArrayList<>(0);
    List<Outcome> widened = new ArrayList<>(0);
    List<RuleCoverage> coverage = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      RuleInfo info = rule.info();
      if (profile.severity(info).isEmpty()) {
        coverage.add(new RuleCoverage(info.id(), false, 0, 0, 0, 0, 0, 0, 0));
        continue;
      }
      RunCollector run = new RunCollector(info, profile);
      if (!info.appliesTo(d.metadata().kind())) {
        run.notApplicable("kind-not-covered");
      } else {
        try {
          rule.check(ctx, run);
        } catch (RuntimeException | StackOverflowError e) {
          run.crashed(e instanceof RuntimeException r ? r : new IllegalStateException(e));
        }
      }
      findings.addAll(run.findings);
      suppressed.addAll(run.suppressed);
      unchecked.addAll(run.unchecked);
      widened.addAll(run.widened);
      coverage.add(run.coverage());
    }
    return new Report(
        rulesetVersion,
        catalogue.describe(d.metadata().year()),
        materiality,
        d.metadata(),
        findings,
        suppressed,
        unchecked,
        widened,
        coverage,
        d);
  }
}
