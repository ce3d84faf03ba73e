package org.gongkai.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gongkai.check.CatalogueCodes;
import org.gongkai.check.CheckProfile;
import org.gongkai.check.Checker;
import org.gongkai.check.report.ReportFormat;
import org.gongkai.model.catalogue.CatalogueStore;
import org.gongkai.read.DisclosureReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai check}: check one document, or every document under folders, and report every
 * inconsistency with its place.
 */
@Command(
    name = "check",
    resourceBundle = "org.gongkai.app.check",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 100)
final class CheckCommand implements Callable<Integer> {

  enum Colour {
    auto,
    always,
    never
  }

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "paths")
  List<Path> paths;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      descriptionKey = "format")
  String format;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "PATH",
      descriptionKey = "out")
  Path out;

  @Option(names = "--profile", paramLabel = "FILE", descriptionKey = "profile")
  Path profileFile;

  @Option(names = "--layout", paramLabel = "ID", descriptionKey = "layout")
  String layout;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", descriptionKey = "color")
  Colour colour;

  @Option(names = "--threads", paramLabel = "N", descriptionKey = "threads")
  Integer threads;

  @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "dataDir")
  Path dataDir;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ReportFormat fmt;
    try {
      fmt = ReportFormat.parse(format);
    } catch (IllegalArgumentException e) {
      err.println(Text.get("check.badFormat", format));
      return ExitCode.USAGE;
    }
    CheckProfile profile;
    try {
      profile = loadProfile();
    } catch (IOException | RuntimeException e) {
      err.println(Text.get("check.badProfile", e.getMessage()));
      return ExitCode.USAGE;
    }
    Checker checker =
        Checker.standard(
            profile, new CatalogueCodes(new CatalogueStore(DataFolder.resolve(dataDir)).load()));
    List<Path> files = DocumentFiles.expand(paths, err);
    if (files.isEmpty()) {
      err.println(Text.get("check.noFiles"));
      return ExitCode.UNREADABLE;
    }
    boolean single = files.size() == 1 && !Files.isDirectory(paths.get(0));
    Batch batch = new Batch(new DisclosureReader(), checker, layout);
    if (single) {
      return checkOne(batch, files.get(0), fmt, err);
    }
    return new BatchRun(batch, files, fmt, out, threads, err, spec.commandLine().getOut()).run();
  }

  private int checkOne(Batch batch, Path file, ReportFormat fmt, PrintWriter err)
      throws IOException {
    Batch.Result r = batch.check(file);
    if (r.report() == null) {
      err.println(Text.get("check.unreadable", file, r.problem()));
      return ExitCode.UNREADABLE;
    }
    Diagnostics.print(r.read(), err);
    boolean toFile = out != null || fmt == ReportFormat.XLSX || fmt == ReportFormat.HTML;
    Path target = out != null ? out : Path.of(file.getFileName() + ".check." + fmt.extension());
    boolean useColour =
        colour == Colour.always
            || (colour == Colour.auto
                && !toFile
                && System.console() != null
                && fmt == ReportFormat.TEXT);
    if (toFile) {
      try (OutputStream os = Files.newOutputStream(target)) {
        fmt.writer(useColour).write(r.report(), os);
      }
      err.println(Text.get("check.written", target));
    } else {
      ByteArrayOutputStream buf = new ByteArrayOutputStream();
      fmt.writer(useColour).write(r.report(), buf);
      spec.commandLine().getOut().print(buf.toString(StandardCharsets.UTF_8));
      spec.commandLine().getOut().flush();
    }
    return r.report().exitCode();
  }

  private CheckProfile loadProfile() throws IOException {
    if (profileFile != null) {
      return CheckProfile.load(profileFile);
    }
    return CheckProfile.find(Path.of("").toAbsolutePath());
  }

  /** Files to check: the files given, and every document file under the folders given. */
  static final class DocumentFiles {
    private DocumentFiles() {}

    static List<Path> expand(List<Path> paths, PrintWriter err) throws IOException {
      List<Path> out = new ArrayList<>();
      for (Path p : paths) {
        if (Files.isDirectory(p)) {
          try (var s = Files.walk(p)) {
            s.filter(Files::isRegularFile)
                .filter(DocumentFiles::looksLikeDocument)
                .sorted()
                .forEach(out::add);
          }
        } else if (Files.isRegularFile(p)) {
          out.add(p);
        } else {
          err.println(Text.get("check.missing", p));
        }
      }
      return out;
    }

    private static boolean looksLikeDocument(Path p) {
      String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
      return n.endsWith(".txt")
          || n.endsWith(".pdf")
          || n.endsWith(".docx")
          || n.endsWith(".xlsx")
          || n.endsWith(".xls")
          || n.endsWith(".html")
          || n.endsWith(".htm");
    }
  }
}
