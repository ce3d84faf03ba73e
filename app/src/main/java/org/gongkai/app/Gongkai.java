package org.gongkai.app;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gongkai} command: the entry point of the runnable jar. */
@Command(
    name = "gongkai",
    resourceBundle = "org.gongkai.app.messages",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = {
      ParseCommand.class,
      CheckCommand.class,
      RulesCommand.class,
      RenderCommand.class,
      TemplateCommand.class,
      CatalogueCommand.class
    },
    usageHelpWidth = 100)
public final class Gongkai implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line, with output and error streams as given (UTF-8). */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Gongkai());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCode.USAGE);
    cl.setParameterExceptionHandler(
        (ex, args) -> {
          CommandLine c = ex.getCommandLine();
          c.getErr().println(c.getColorScheme().errorText("错误：" + ex.getMessage()));
          c.getErr().println("用法见：" + c.getCommandSpec().qualifiedName() + " --help");
          return ExitCode.USAGE;
        });
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
