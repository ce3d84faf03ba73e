package org.gongkai.app;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.write.BudgetWriter;
import org.gongkai.write.WrittenDisclosure;
import org.gongkai.write.format.OutputFormat;
import org.gongkai.write.input.BudgetData;
import org.gongkai.write.input.BudgetDataReader;
import org.gongkai.write.input.InputProblem;
import org.gongkai.write.input.InvalidBudgetDataException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai render DATA --to html,pdf,xlsx,docx,text,json --out DIR}: writes a disclosure from
 * budget data (YAML, JSON or the XLSX template). Invalid data is listed, each problem with its
 * field or cell, and nothing is written. Exit codes: 0 written, 1 the data has errors, 2 the file
 * cannot be read, 64 usage.
 */
@Command(
    name = "render",
    resourceBundle = RenderCommand.BUNDLE,
    description = "${bundle:render.description}",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCode.USAGE)
public final class RenderCommand implements Callable<Integer> {

  static final String BUNDLE = "org.gongkai.app.render";

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DATA", descriptionKey = "render.param.data")
  Path data;

  @Option(
      names = "--to",
      split = ",",
      paramLabel = "FORMAT",
      defaultValue = "html,pdf",
      descriptionKey = "render.option.to")
  List<String> formats;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      descriptionKey = "render.option.out")
  Path out;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "render.option.dataDir")
  Path dataDir;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<OutputFormat> chosen = formats();
    BudgetData budget;
    WrittenDisclosure written;
    try {
      budget = BudgetDataReader.read(data);
      written = new BudgetWriter(catalogue()).write(budget, data.toString());
    } catch (InvalidBudgetDataException e) {
      err.println(text("render.invalid", data));
      e.problems().forEach(p -> err.println("  " + p));
      return ExitCode.PROBLEMS;
    } catch (IOException e) {
      err.println(text("render.unreadable", data, e.getMessage()));
      return ExitCode.UNREADABLE;
    }
    written.warnings().forEach(p -> err.println(p));
    return writeAll(written, chosen);
  }

  private List<OutputFormat> formats() {
    List<OutputFormat> out = new ArrayList<>();
    for (String f : formats) {
      out.add(
          OutputFormat.byName(f)
              .orElseThrow(
                  () ->
                      new CommandLine.ParameterException(
                          spec.commandLine(), text("render.unknownFormat", f))));
    }
    return out;
  }

  /** The catalogue with the user's imports (the same data folder as {@code gongkai catalogue}). */
  static Catalogue catalogue(Path dataDir) throws IOException {
    CatalogueCommand.DataDir d = new CatalogueCommand.DataDir();
    d.dir = dataDir;
    return d.store().load();
  }

  private Catalogue catalogue() throws IOException {
    return catalogue(dataDir);
  }

  private int writeAll(WrittenDisclosure written, List<OutputFormat> chosen) {
    PrintWriter stdout = spec.commandLine().getOut();
    String stem = data.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    try {
      Files.createDirectories(out);
      for (OutputFormat f : chosen) {
        Path file = out.resolve(stem + "." + f.extension());
        try (OutputStream o = Files.newOutputStream(file)) {
          f.writer().write(written, o);
        }
        stdout.println(text("render.written", file));
      }
    } catch (IOException e) {
      spec.commandLine().getErr().println(text("render.cannotWrite", out, e.getMessage()));
      return ExitCode.UNREADABLE;
    }
    return ExitCode.OK;
  }

  private static String text(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    Object[] plain = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      plain[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT).format(plain);
  }

  /** Problems as lines, for the template command too. */
  static void print(PrintWriter err, List<InputProblem> problems) {
    problems.forEach(p -> err.println("  " + p));
  }
}
