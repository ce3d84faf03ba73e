package org.gongkai.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gongkai.model.Disclosure;

/** Runs one rule over a test document and asserts what it did. */
public final class RuleHarness {

  private RuleHarness() {}

  public static Report run(Rule rule, Disclosure d) {
    return run(rule, d, TestCatalogue.partial2024(), CheckProfile.defaults());
  }

  public static Report run(Rule rule, Disclosure d, CodeCatalogue cat, CheckProfile profile) {
    return new Checker(List.of(rule), profile, cat).check(d, TestDisclosures.layout());
  }

  /** The rule examined something, found nothing, and had no data gaps or crash. */
  public static Report assertSilent(Rule rule, Disclosure d) {
    Report r = run(rule, d);
    assertThat(r.findings()).as("findings of %s", rule.info().id()).isEmpty();
    RuleCoverage c = r.coverage().get(0);
    assertThat(c.passed()).as("%s passed something", rule.info().id()).isPositive();
    assertThat(c.errors()).isZero();
    assertThat(r.unchecked()).as("unchecked by %s", rule.info().id()).isEmpty();
    return r;
  }

  /** The rule made exactly the given number of findings; returns them. */
  public static List<Finding> assertFires(Rule rule, Disclosure d, int count) {
    Report r = run(rule, d);
    assertThat(r.findings()).as("findings of %s", rule.info().id()).hasSize(count);
    assertThat(r.findings()).allMatch(f -> f.rule().equals(rule.info().id()) && !f.failedRule());
    assertThat(r.findings()).allMatch(f -> !f.message().contains("{"));
    return r.findings();
  }

  /** The rule had nothing to examine. */
  public static void assertNotApplicable(Rule rule, Disclosure d) {
    Report r = run(rule, d);
    assertThat(r.findings()).isEmpty();
    RuleCoverage c = r.coverage().get(0);
    assertThat(c.passed()).isZero();
    assertThat(c.notApplicable()).isPositive();
  }
}
