package org.gongkai.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.gongkai.model.catalogue.Catalogue;
import org.gongkai.model.catalogue.CatalogueStore;
import org.gongkai.model.catalogue.Classification;
import org.gongkai.model.catalogue.ClassificationCode;
import org.gongkai.model.catalogue.CodeLevel;
import org.gongkai.model.catalogue.CodeTable;
import org.gongkai.model.catalogue.Entry;
import org.gongkai.model.catalogue.ImportRecord;
import org.gongkai.model.catalogue.InvalidCodeException;
import org.gongkai.model.catalogue.ListChoice;
import org.gongkai.model.catalogue.ListSource;
import org.gongkai.model.catalogue.Lookup;
import org.gongkai.read.catalogue.CatalogueImporter;
import org.gongkai.read.catalogue.CatalogueMessages;
import org.gongkai.read.catalogue.ImportProblem;
import org.gongkai.read.catalogue.ImportResult;
import org.gongkai.read.catalogue.UnreadableCatalogueException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai catalogue}: the classification catalogue shipped (partial) and imported by the
 * user — {@code import}, {@code show}, {@code list}, {@code status}. Exit codes: 0 ok, 1 code not
 * found, 2 file unreadable, 64 usage.
 */
@Command(
    name = "catalogue",
    resourceBundle = CatalogueCommand.BUNDLE,
    description = "${bundle:catalogue.description}",
    footer = "${bundle:catalogue.footer}",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = ExitCode.USAGE,
    subcommands = {
      CatalogueCommand.Import.class,
      CatalogueCommand.Show.class,
      CatalogueCommand.ListCodes.class,
      CatalogueCommand.Status.class
    })
public final class CatalogueCommand implements Runnable {

  static final String BUNDLE = "org.gongkai.app.catalogue";
  private static final int LISTED_PROBLEMS = 30;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Spec CommandSpec spec;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      descriptionKey = "mixinStandardHelpOptions.help")
  boolean help;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** {@code --data-dir}, shared by the subcommands. */
  static final class DataDir {
    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "catalogue.option.dataDir")
    Path dir;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        descriptionKey = "mixinStandardHelpOptions.help")
    boolean help;

    /** The folder given, else {@code $GONGKAI_HOME}, else {@code ~/.local/share/gongkai}. */
    Path resolve() {
      return DataFolder.resolve(dir);
    }

    CatalogueStore store() {
      return new CatalogueStore(resolve());
    }
  }

  /** {@code catalogue import FILE --year N [--complete]}. */
  @Command(
      name = "import",
      resourceBundle = BUNDLE,
      description = "${bundle:catalogue.import.description}",
      exitCodeOnInvalidInput = ExitCode.USAGE)
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "catalogue.param.file")
    Path file;

    @Option(
        names = "--year",
        required = true,
        paramLabel = "N",
        descriptionKey = "catalogue.option.year")
    int year;

    @Option(names = "--complete", descriptionKey = "catalogue.option.complete")
    boolean complete;

    @Override
    public Integer call() {
      checkYear(spec, year);
      PrintWriter out = spec.commandLine().getOut();
      CatalogueStore store = data.store();
      ImportResult r;
      try {
        r = new CatalogueImporter(store).importFile(file, year, complete);
      } catch (UnreadableCatalogueException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return ExitCode.UNREADABLE;
      } catch (IOException e) {
        spec.commandLine().getErr().println(msg("catalogue.error.write", store.directory(), e));
        return ExitCode.UNREADABLE;
      }
      printSummary(out, r);
      printProblems(out, "catalogue.import.problems", r.parsed().problems());
      printProblems(out, "catalogue.import.comparison", r.comparison());
      return ExitCode.OK;
    }

    private static void printSummary(PrintWriter out, ImportResult r) {
      ImportRecord rec = r.record();
      String completeness =
          msg(
              rec.complete()
                  ? "catalogue.completeness.complete"
                  : "catalogue.completeness.partial");
      out.println(msg("catalogue.import.done", rec.sourceFile(), rec.year(), completeness));
      for (Classification c : Classification.values()) {
        if (rec.rowCount(c) > 0) {
          out.println(msg("catalogue.import.counts", name(c), counts(c, l -> rec.rowCount(c, l))));
        }
      }
      if (r.parsed().revenueRows() > 0) {
        out.println(msg("catalogue.import.revenue", r.parsed().revenueRows()));
      }
      if (r.parsed().repeatedRows() > 0) {
        out.println(msg("catalogue.import.repeated", r.parsed().repeatedRows()));
      }
      if (r.replacedEarlierImport()) {
        out.println(msg("catalogue.import.replaced", rec.year()));
      }
      out.println(msg("catalogue.import.savedAt", rec.directory()));
      out.println(msg("catalogue.import.sha", rec.sha256()));
    }

    private static void printProblems(PrintWriter out, String heading, List<ImportProblem> ps) {
      if (ps.isEmpty()) {
        return;
      }
      out.println(msg(heading, ps.size()));
      ps.stream()
          .limit(LISTED_PROBLEMS)
          .forEach(p -> out.println(msg("catalogue.import.item", p.message())));
      if (ps.size() > LISTED_PROBLEMS) {
        out.println(msg("catalogue.import.more", ps.size() - LISTED_PROBLEMS));
      }
    }
  }

  /** {@code catalogue show CODE [--year N]}. */
  @Command(
      name = "show",
      resourceBundle = BUNDLE,
      description = "${bundle:catalogue.show.description}",
      exitCodeOnInvalidInput = ExitCode.USAGE)
  static final class Show implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "catalogue.param.code")
    String code;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "catalogue.option.showYear")
    Integer year;

    @Override
    public Integer call() {
      int y = year == null ? 0 : checkYear(spec, year);
      ClassificationCode c;
      try {
        c = ClassificationCode.parse(code);
      } catch (InvalidCodeException e) {
        spec.commandLine().getErr().println(msg("catalogue.show.invalid", code, reason(e)));
        return ExitCode.USAGE;
      }
      Optional<Catalogue> catalogue = load(spec, data);
      if (catalogue.isEmpty()) {
        return ExitCode.UNREADABLE;
      }
      PrintWriter out = spec.commandLine().getOut();
      Lookup l = catalogue.get().lookup(y, c);
      out.println(msg("catalogue.show.code", name(c.classification()), c.digits(), c.spaced()));
      printYear(out, l.list());
      if (l instanceof Lookup.Known k) {
        printKnown(out, catalogue.get(), y, k.entry());
        return ExitCode.OK;
      }
      if (l instanceof Lookup.AbsentFromCompleteList) {
        out.println(msg("catalogue.show.absent", c.digits(), describe(l.list().table())));
        return ExitCode.PROBLEMS;
      }
      printUnknown(out, catalogue.get(), l);
      return ExitCode.PROBLEMS;
    }

    private static void printKnown(PrintWriter out, Catalogue catalogue, int year, Entry e) {
      out.println(msg("catalogue.show.level", e.level().chinese()));
      out.println(msg("catalogue.show.name", e.name()));
      List<Lookup> lineage = catalogue.lineage(year, e.code());
      if (lineage.size() > 1) {
        out.println(msg("catalogue.show.parents"));
        for (Lookup p : lineage.subList(0, lineage.size() - 1)) {
          String level = p.code().level().chinese();
          out.println(
              p.found()
                  .map(pe -> msg("catalogue.show.parent", level, pe.code().digits(), pe.name()))
                  .orElseGet(() -> msg("catalogue.show.parentUnknown", level, p.code().digits())));
        }
      }
      out.println(msg("catalogue.show.source", describe(e.source())));
    }

    private static void printUnknown(PrintWriter out, Catalogue catalogue, Lookup l) {
      CodeTable t = l.list().table();
      String which = t.year() == 0 ? "" : msg("catalogue.show.ofYear", t.year());
      out.println(
          msg("catalogue.show.unknown", which, name(t.classification()), l.code().digits()));
      List<String> elsewhere = new ArrayList<>();
      for (int y : catalogue.years(l.code().classification())) {
        catalogue
            .lookup(y, l.code())
            .found()
            .filter(e -> e.source().year() == y)
            .ifPresent(e -> elsewhere.add(msg("catalogue.show.otherYear", y, e.name())));
      }
      if (!elsewhere.isEmpty()) {
        out.println(msg("catalogue.show.otherYears", String.join("，", elsewhere)));
      }
      out.println(msg("catalogue.show.partial"));
      int year = l.list().requestedYear() != 0 ? l.list().requestedYear() : l.list().table().year();
      out.println(
          year == 0
              ? msg("catalogue.show.howToImportAnyYear")
              : msg("catalogue.show.howToImport", year));
    }
  }

  /** {@code catalogue list [--year N] [--level class|section|item] [--kind …]}. */
  @Command(
      name = "list",
      resourceBundle = BUNDLE,
      description = "${bundle:catalogue.list.description}",
      exitCodeOnInvalidInput = ExitCode.USAGE)
  static final class ListCodes implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Option(names = "--year", paramLabel = "N", descriptionKey = "catalogue.option.showYear")
    Integer year;

    @Option(names = "--level", paramLabel = "LEVEL", descriptionKey = "catalogue.option.level")
    String level;

    @Option(names = "--kind", paramLabel = "KIND", descriptionKey = "catalogue.option.kind")
    String kind = Classification.FUNCTION.id();

    @Override
    public Integer call() {
      int y = year == null ? 0 : checkYear(spec, year);
      Classification c =
          Classification.byId(kind).orElseThrow(() -> usage(spec, "catalogue.error.kind", kind));
      Optional<CodeLevel> only =
          level == null
              ? Optional.empty()
              : Optional.of(
                  CodeLevel.parse(level)
                      .filter(c.levels()::contains)
                      .orElseThrow(() -> usage(spec, "catalogue.error.level", level)));
      Optional<Catalogue> catalogue = load(spec, data);
      if (catalogue.isEmpty()) {
        return ExitCode.UNREADABLE;
      }
      PrintWriter out = spec.commandLine().getOut();
      ListChoice choice = catalogue.get().list(c, y);
      printYear(out, choice);
      if (choice.noList()) {
        return ExitCode.PROBLEMS;
      }
      print(out, choice.table(), only);
      return ExitCode.OK;
    }

    private static void print(PrintWriter out, CodeTable t, Optional<CodeLevel> only) {
      List<Entry> rows =
          t.entries().stream().filter(e -> only.isEmpty() || e.level() == only.get()).toList();
      String year =
          t.year() == 0 ? msg("catalogue.status.undated") : msg("catalogue.status.year", t.year());
      out.println(
          msg("catalogue.list.header", year, name(t.classification()), describe(t), rows.size()));
      boolean mixed = t.layers().size() > 1;
      for (Entry e : rows) {
        String mark =
            !mixed
                ? ""
                : msg(
                    e.source() instanceof ListSource.Imported
                        ? "catalogue.list.fromImport"
                        : "catalogue.list.fromShipped");
        out.println(
            msg("catalogue.list.row", pad(e.code().digits()), e.level().chinese(), e.name(), mark));
      }
      if (rows.isEmpty()) {
        out.println(msg("catalogue.list.noneAtLevel", only.map(CodeLevel::chinese).orElse("")));
      }
    }

    private static String pad(String digits) {
      return digits + " ".repeat(CodeLevel.ITEM.length() - digits.length());
    }
  }

  /** {@code catalogue status}. */
  @Command(
      name = "status",
      resourceBundle = BUNDLE,
      description = "${bundle:catalogue.status.description}",
      exitCodeOnInvalidInput = ExitCode.USAGE)
  static final class Status implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DataDir data;

    @Override
    public Integer call() {
      Optional<Catalogue> catalogue = load(spec, data);
      if (catalogue.isEmpty()) {
        return ExitCode.UNREADABLE;
      }
      PrintWriter out = spec.commandLine().getOut();
      CatalogueStore store = data.store();
      out.println(msg("catalogue.status.dataDir", store.directory()));
      for (Classification c : Classification.values()) {
        out.println(msg("catalogue.status.classification", name(c)));
        for (CodeTable t : catalogue.get().tables(c)) {
          String year =
              t.year() == 0
                  ? msg("catalogue.status.undated")
                  : msg("catalogue.status.year", t.year());
          String completeness =
              msg(
                  t.complete()
                      ? "catalogue.completeness.complete"
                      : "catalogue.completeness.partial");
          out.println(
              msg("catalogue.status.row", year, counts(c, t::count), completeness, describe(t)));
        }
      }
      long imports =
          catalogue.get().sources().stream()
              .filter(l -> l.source() instanceof ListSource.Imported)
              .map(l -> l.source().year())
              .distinct()
              .count();
      out.println(
          imports == 0
              ? msg("catalogue.status.noImports")
              : msg("catalogue.status.imports", imports));
      out.println(msg("catalogue.status.note"));
      return ExitCode.OK;
    }
  }

  /** The catalogue with the user's imports, or empty after saying why it cannot be read. */
  private static Optional<Catalogue> load(CommandSpec spec, DataDir data) {
    try {
      return Optional.of(data.store().load());
    } catch (IOException e) {
      spec.commandLine().getErr().println(msg("catalogue.error.store", e.getMessage()));
      return Optional.empty();
    }
  }

  private static void printYear(PrintWriter out, ListChoice choice) {
    CodeTable t = choice.table();
    String kind = name(t.classification());
    if (choice.noList()) {
      out.println(
          choice.requestedYear() == 0
              ? msg("catalogue.year.noListAtAll", kind)
              : msg("catalogue.year.noList", choice.requestedYear(), kind));
    } else if (t.year() == 0) {
      out.println(msg("catalogue.year.undated"));
    } else if (choice.fellBack()) {
      out.println(msg("catalogue.year.fallback", choice.requestedYear(), t.year()));
    } else if (choice.requestedYear() == 0) {
      out.println(msg("catalogue.year.latest", t.year()));
    }
  }

  private static int checkYear(CommandSpec spec, int year) {
    if (year < 2000 || year > 2099) {
      throw usage(spec, "catalogue.error.year", year);
    }
    return year;
  }

  private static CommandLine.ParameterException usage(CommandSpec spec, String key, Object arg) {
    return new CommandLine.ParameterException(spec.commandLine(), msg(key, arg));
  }

  private static String reason(InvalidCodeException e) {
    return CatalogueMessages.format(
        "catalogue.code.reason." + e.reason().name().toLowerCase(Locale.ROOT));
  }

  /** "类 11，款 35，项 58" for the levels the classification has. */
  private static String counts(Classification c, java.util.function.ToIntFunction<CodeLevel> n) {
    return c == Classification.FUNCTION
        ? msg(
            "catalogue.counts.function",
            n.applyAsInt(CodeLevel.CLASS),
            n.applyAsInt(CodeLevel.SECTION),
            n.applyAsInt(CodeLevel.ITEM))
        : msg(
            "catalogue.counts.economic",
            n.applyAsInt(CodeLevel.CLASS),
            n.applyAsInt(CodeLevel.SECTION));
  }

  private static String name(Classification c) {
    return msg("catalogue.classification." + c.name().toLowerCase(Locale.ROOT));
  }

  /** The lists making up a table, bottom first. */
  private static String describe(CodeTable t) {
    return t.layers().stream()
        .map(CatalogueCommand::describe)
        .collect(Collectors.joining(msg("catalogue.source.join")));
  }

  private static String describe(ListSource s) {
    if (s instanceof ListSource.Imported i) {
      String when = WHEN.format(i.importedAt().atZone(ZoneId.systemDefault()));
      String key = i.complete() ? "catalogue.source.importedComplete" : "catalogue.source.imported";
      return msg(key, i.sourceFile(), i.year(), when);
    }
    ListSource.Shipped sh = (ListSource.Shipped) s;
    return sh.year() == 0
        ? msg("catalogue.source.shippedUndated", sh.resource())
        : msg("catalogue.source.shipped", sh.year(), sh.resource());
  }

  /** A message of this command's bundle; numbers are printed as text (2024, not 2,024). */
  static String msg(String key, Object... args) {
    String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ROOT).getString(key);
    Object[] text = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      text[i] =
          args[i] instanceof Instant t
              ? WHEN.format(t.atZone(ZoneId.systemDefault()))
              : String.valueOf(args[i] instanceof Throwable e ? e.getMessage() : args[i]);
    }
    return new MessageFormat(pattern, Locale.ROOT)
        .format(text)
        .replace("%n", System.lineSeparator());
  }
}
