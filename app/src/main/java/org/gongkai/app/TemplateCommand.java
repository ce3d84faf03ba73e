package org.gongkai.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.CodeLevel;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetDataReader;
import org.gongkai.write.input.BudgetTemplate;
import org.gongkai.write.input.InvalidBudgetDataException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai template --out budget.xlsx [--year N] [--from DATA]}: the budget-data workbook,
 * one sheet per part, with the year's codes as drop-downs; {@code --from} fills it from a YAML/JSON
 * file. {@code gongkai render} reads the filled workbook back.
 */
@Command(
    name = "template",
    resourceBundle = RenderCommand.BUNDLE,
    description = "${bundle:template.description}",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCode.USAGE)
public final class TemplateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      descriptionKey = "template.option.out")
  Path out;

  @Option(
      names = "--year",
      paramLabel = "N",
      defaultValue = "0",
      descriptionKey = "template.option.year")
  int year;

  @Option(names = "--from", paramLabel = "DATA", descriptionKey = "template.option.from")
  Path from;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "render.option.dataDir")
  Path dataDir;

  @Override
  public Integer call() {
    try {
      BudgetData data = from == null ? null : BudgetDataReader.read(from);
      int y =
          year != 0
              ? year
              : data != null && data.unit() != null && data.unit().year() != null
                  ? data.unit().year()
                  : 0;
      Catalogue catalogue = RenderCommand.catalogue(dataDir);
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      try (OutputStream o = Files.newOutputStream(out)) {
        BudgetTemplate.write(
            o,
            codes(catalogue, Classification.FUNCTION, y, CodeLevel.ITEM),
            codes(catalogue, Classification.DEPARTMENT_ECONOMIC, y, CodeLevel.SECTION),
            data);
      }
    } catch (InvalidBudgetDataException e) {
      spec.commandLine().getErr().println(text("render.invalid", from));
      RenderCommand.print(spec.commandLine().getErr(), e.problems());
      return ExitCode.PROBLEMS;
    } catch (IOException e) {
      spec.commandLine()
          .getErr()
          .println(text("render.unreadable", from == null ? out : from, e.getMessage()));
      return ExitCode.UNREADABLE;
    }
    spec.commandLine().getOut().println(text("render.written", out));
    return ExitCode.OK;
  }

  private static List<String> codes(Catalogue c, Classification cls, int year, CodeLevel level) {
    return c.list(cls, year).table().entries().stream()
        .filter(e -> e.level() == level)
        .map(e -> e.code().digits())
        .distinct()
        .sorted()
        .toList();
  }

  private static String text(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(RenderCommand.BUNDLE, Locale.ROOT).getString(key);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(plain);
  }
}
