package org.gongkai.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.gongkai.check.Rule;
import org.gongkai.check.RuleFamily;
import org.gongkai.check.RuleInfo;
import org.gongkai.check.RuleRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gongkai rules}: the rule catalogue, by family, or one rule in full. */
@Command(
    name = "rules",
    resourceBundle = "org.gongkai.app.rules",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100)
final class RulesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--family", paramLabel = "PREFIX", descriptionKey = "family")
  String family;

  @Option(names = "--id", paramLabel = "ID", descriptionKey = "id")
  String id;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int shown = 0;
    RuleFamily current = null;
    for (Rule rule : RuleRegistry.all()) {
      RuleInfo i = rule.info();
      if (id != null && !i.id().equalsIgnoreCase(id)) {
        continue;
      }
      if (family != null && !i.family().prefix().equalsIgnoreCase(family)) {
        continue;
      }
      if (i.family() != current) {
        current = i.family();
        out.println(Text.get("rules.family", current.label(), current.prefix()));
      }
      out.println(Text.get("rules.row", i.id(), i.severity().label(), i.title()));
      if (id != null) {
        out.println(Text.get("rules.basis", i.basis()));
      }
      shown++;
    }
    if (shown == 0) {
      spec.commandLine()
          .getErr()
          .println(Text.get("rules.none", id != null ? id : family.toUpperCase(Locale.ROOT)));
      return ExitCode.PROBLEMS;
    }
    out.println(Text.get("rules.total", shown, RuleRegistry.version(RuleRegistry.all())));
    out.flush();
    return ExitCode.OK;
  }
}
