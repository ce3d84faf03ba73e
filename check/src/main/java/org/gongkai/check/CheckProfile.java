package org.gongkai.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;

/**
 * The user's check settings, from {@code gongkai.yaml}: severity overrides, suppressions with a
 * reason, materiality, the performance-sheet weight total and thresholds. A missing file means the
 * defaults. Immutable.
 *
 * <pre>
 * materiality: 0.05 万元          # default 0: only rounding is forgiven
 * performanceWeightTotal: 90      # default: the layout's, else 100
 * maxFindingsPerRule: 200
 * severity:
 *   CAT-001: off                  # off | notice | warning | error
 *   TXT-004: warning
 * suppress:
 *   - rule: CAT-002
 *     location: "2041099"         # optional: text the finding's location must contain
 *     reason: 已与财政局核实
 * thresholds:
 *   staffing-over-authorized: 0
 * </pre>
 *
 * @param severities rule id → severity; a rule mapped to empty is switched off
 * @param suppressions findings to set aside, each with its reason
 * @param materiality how large a difference beyond rounding may pass (reported when it does)
 * @param performanceWeightTotal the weight total of a performance sheet, null for the layout's
 * @param maxFindingsPerRule findings kept per rule (the true count is reported)
 * @param thresholds named numeric thresholds some rules read
 */
public record CheckProfile(
    Map<String, Optional<Severity>> severities,
    List<Suppression> suppressions,
    Money materiality,
    Integer performanceWeightTotal,
    int maxFindingsPerRule,
    Map<String, BigDecimal> thresholds) {

  /** The file name looked for in a folder. */
  public static final String FILE_NAME = "gongkai.yaml";

  /** Findings kept per rule unless the profile says otherwise. */
  public static final int DEFAULT_MAX_FINDINGS = 200;

  /**
   * A finding to set aside.
   *
   * @param rule the rule id
   * @param location text the finding's location description must contain; empty for any place
   * @param reason why (required: a suppression without a reason is refused)
   */
  public record Suppression(String rule, String location, String reason) {
    public Suppression {
      Objects.requireNonNull(rule, "rule");
      location = location == null ? "" : location;
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("a suppression of " + rule + " needs a reason");
      }
    }

    /** True when this suppression covers the finding. */
    public boolean covers(Finding f) {
      return f.rule().equals(rule)
          && (location.isEmpty() || f.location().describe().contains(location));
    }
  }

  public CheckProfile {
    severities = Map.copyOf(severities);
    suppressions = List.copyOf(suppressions);
    Objects.requireNonNull(materiality, "materiality");
    if (maxFindingsPerRule < 1) {
      throw new IllegalArgumentException("maxFindingsPerRule must be positive");
    }
    thresholds = Map.copyOf(thresholds);
  }

  /** No overrides, no suppressions, materiality zero. */
  public static CheckProfile defaults() {
    return new CheckProfile(
        Map.of(), List.of(), Money.yuan("0"), null, DEFAULT_MAX_FINDINGS, Map.of());
  }

  /** The severity a rule's findings get: the override, else the rule's default; empty = off. */
  public Optional<Severity> severity(RuleInfo rule) {
    return severities.getOrDefault(rule.id(), Optional.of(rule.severity()));
  }

  /** Applies an override to a severity a rule chose for one finding (a variant's own severity). */
  public Optional<Severity> severity(RuleInfo rule, Severity chosen) {
    return severities.containsKey(rule.id()) ? severities.get(rule.id()) : Optional.of(chosen);
  }

  /** The suppression covering this finding, if any. */
  public Optional<Suppression> suppression(Finding f) {
    return suppressions.stream().filter(s -> s.covers(f)).findFirst();
  }

  /** A named threshold, or the default given. */
  public BigDecimal threshold(String name, BigDecimal fallback) {
    return thresholds.getOrDefault(name, fallback);
  }

  /** Loads {@code gongkai.yaml} from the folder, or the defaults when there is none. */
  public static CheckProfile find(Path folder) throws IOException {
    Path file = folder.resolve(FILE_NAME);
    return Files.isRegularFile(file) ? load(file) : defaults();
  }

  /** Loads a profile file. */
  public static CheckProfile load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a profile from YAML.
   *
   * @param origin the file name, for messages
   * @throws IOException when the YAML is malformed or holds an unknown setting
   */
  public static CheckProfile read(InputStream yaml, String origin) throws IOException {
    ObjectMapper mapper =
        new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    JsonNode root = mapper.readTree(yaml);
    if (root == null || root.isMissingNode() || root.isNull()) {
      return defaults();
    }
    try {
      return fromTree(root);
    } catch (IllegalArgumentException e) {
      throw new IOException(origin + ": " + e.getMessage(), e);
    }
  }

  private static final List<String> KEYS =
      List.of(
          "materiality",
          "performanceWeightTotal",
          "maxFindingsPerRule",
          "severity",
          "suppress",
          "thresholds");

  private static CheckProfile fromTree(JsonNode root) {
    root.fieldNames()
        .forEachRemaining(
            k -> {
              if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("unknown setting '" + k + "'; known: " + KEYS);
              }
            });
    Map<String, Optional<Severity>> sev = new LinkedHashMap<>();
    root.path("severity").fields().forEachRemaining(e -> sev.put(e.getKey(), level(e)));
    List<Suppression> sup = new ArrayList<>();
    for (JsonNode s : root.path("suppress")) {
      sup.add(
          new Suppression(
              s.path("rule").asText(), s.path("location").asText(""), s.path("reason").asText()));
    }
    Map<String, BigDecimal> thr = new LinkedHashMap<>();
    root.path("thresholds")
        .fields()
        .forEachRemaining(e -> thr.put(e.getKey(), new BigDecimal(e.getValue().asText())));
    JsonNode weight = root.path("performanceWeightTotal");
    return new CheckProfile(
        sev,
        sup,
        materiality(root.path("materiality")),
        weight.isMissingNode() ? null : weight.asInt(),
        root.path("maxFindingsPerRule").asInt(DEFAULT_MAX_FINDINGS),
        thr);
  }

  private static Optional<Severity> level(Map.Entry<String, JsonNode> e) {
    String v = e.getValue().asText().strip().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "off", "false" -> Optional.empty();
      case "notice" -> Optional.of(Severity.NOTICE);
      case "warning" -> Optional.of(Severity.WARNING);
      case "error" -> Optional.of(Severity.ERROR);
      default ->
          throw new IllegalArgumentException(
              "severity of " + e.getKey() + " must be off, notice, warning or error: " + v);
    };
  }

  /** "0.05 万元", "500 元" or a bare number (万元, the unit narratives use). */
  private static Money materiality(JsonNode node) {
    if (node.isMissingNode() || node.isNull()) {
      return Money.yuan("0");
    }
    String text = node.asText().strip();
    MoneyUnit unit = MoneyUnit.parse(text).orElse(MoneyUnit.WAN_YUAN);
    String digits = text.replaceAll("[^0-9.]", "");
    if (digits.isEmpty()) {
      throw new IllegalArgumentException("materiality must be an amount: " + text);
    }
    return new Money(new BigDecimal(digits), unit);
  }
}
