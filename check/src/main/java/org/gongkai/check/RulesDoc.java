package org.gongkai.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Generates {@code docs/rules.md} from the rules' metadata, so the list of rules is never written
 * by hand. The build runs {@link #main} at {@code process-classes}; a test fails when the committed
 * file differs from what the rules say.
 */
public final class RulesDoc {

  private RulesDoc() {}

  /** Writes the document to the path given as the only argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: RulesDoc <path of docs/rules.md>");
    }
    Path target = Path.of(args[0]);
    Files.createDirectories(target.toAbsolutePath().getParent());
    String text = render(RuleRegistry.all());
    if (!Files.exists(target) || !Files.readString(target, StandardCharsets.UTF_8).equals(text)) {
      Files.writeString(target, text, StandardCharsets.UTF_8);
    }
  }

  /** The Markdown document for these rules. */
  public static String render(List<Rule> rules) {
    Map<RuleFamily, List<RuleInfo>> byFamily = new EnumMap<>(RuleFamily.class);
    for (Rule r : rules) {
      byFamily.computeIfAbsent(r.info().family(), k -> new java.util.ArrayList<>()).add(r.info());
    }
    StringBuilder sb = new StringBuilder();
    sb.append("# Rules\n\n")
        .append("<!-- Generated from the rules' metadata by org.gongkai.check.RulesDoc during the ")
        .append("build. Do not edit. -->\n\n")
        .append("Rule set ")
        .append(RuleRegistry.version(rules))
        .append(": ")
        .append(rules.size())
        .append(" rules. Severity is the default; a `gongkai.yaml` profile may change it ")
        .append("(`off`, `notice`, `warning`, `error`).\n\n");
    for (RuleFamily f : RuleFamily.values()) {
      sb.append("- ")
          .append(f.prefix())
          .append(" ")
          .append(f.label())
          .append(": ")
          .append(byFamily.getOrDefault(f, List.of()).size())
          .append('\n');
    }
    for (Map.Entry<RuleFamily, List<RuleInfo>> e : byFamily.entrySet()) {
      sb.append("\n## ")
          .append(e.getKey().prefix())
          .append(" ")
          .append(e.getKey().label())
          .append("\n\n| id | severity | title | basis | needs |\n|---|---|---|---|---|\n");
      for (RuleInfo i : e.getValue()) {
        sb.append("| <a id=\"")
            .append(i.id())
            .append("\"></a>")
            .append(i.id())
            .append(" | ")
            .append(i.severity().name().toLowerCase(java.util.Locale.ROOT))
            .append(" | ")
            .append(cell(i.title()))
            .append(" | ")
            .append(cell(i.basis()))
            .append(" | ")
            .append(cell(needs(i)))
            .append(" |\n");
      }
    }
    return sb.toString();
  }

  private static String needs(RuleInfo i) {
    String tables = i.tables().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    String roles = i.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    String kinds =
        i.appliesTo().stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    StringBuilder sb = new StringBuilder();
    if (!tables.isEmpty()) {
      sb.append("tables: ").append(tables);
    }
    if (!roles.isEmpty()) {
      sb.append(sb.length() > 0 ? "; " : "").append("roles: ").append(roles);
    }
    if (!kinds.isEmpty()) {
      sb.append(sb.length() > 0 ? "; " : "").append("only: ").append(kinds);
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
