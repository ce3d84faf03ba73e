package org.gongkai.check;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Every rule, in one explicit list, in report order. A meta-test fails when a rule class is not
 * listed here, an id is malformed, duplicated or retired, or a rule lacks documentation or tests.
 */
public final class RuleRegistry {

  /** Bumped when rules change meaning; the id fingerprint in {@link #version} catches the rest. */
  public static final String RULESET = "1";

  private static final List<Rule> ALL =
      List.of(
          // --- tables, cross-table, catalogue, performance, completeness, sanity (checker)

          // --- narrative and text hygiene (NAR, TXT)
          );

  private RuleRegistry() {}

  /** All registered rules. */
  public static List<Rule> all() {
    return ALL;
  }

  /** "1+<n> rules (<fingerprint>)": the rule-set version a report records. */
  public static String version(List<Rule> rules) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Rule r : rules) {
        md.update(r.info().id().getBytes(StandardCharsets.US_ASCII));
        md.update((byte) r.info().severity().ordinal());
      }
      String fp = HexFormat.of().formatHex(md.digest()).substring(0, 8);
      return RULESET + "+" + rules.size() + "." + fp;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
