package org.gongkai.read.catalogue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.catalogue.ClassificationCode;
import org.gongkai.model.catalogue.CodeLevel;
import org.gongkai.model.catalogue.InvalidCodeException;
import org.gongkai.model.catalogue.NameFolding;

/**
 * Turns the rows of one or more {@link Grid}s into codes with names. A row's code is whole ("201",
 * "20103", "2010301"), split over 类/款/项 columns, or a local 2-digit part whose parent is the row
 * above it at a smaller indentation. Nothing is dropped silently: every row that cannot be used,
 * every conflicting duplicate and every orphan becomes an {@link ImportProblem}.
 */
final class ListAssembler {

  private static final Pattern COMBINED = Pattern.compile("^(\\d{3,7})[\\s\\u3000]+(\\S.*)$");
  private static final Pattern LOCAL = Pattern.compile("\\d{1,2}");
  private static final int INDENT_PER_STYLE_LEVEL = 4;

  /** A code read, with the place it was read. */
  private record Held(ClassificationCode code, String name, String where) {}

  /** A row above, that later rows with local codes may hang under. */
  private record Frame(int length, int indent, String digits) {}

  private final Map<String, Held> codes = new LinkedHashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private int rowsRead;
  private int revenueRows;
  private int repeatedRows;

  /** Reads one grid; its rows cannot hang under another grid's rows. */
  void add(Grid g) {
    Optional<ColumnLayout> layout = ColumnLayout.detect(g);
    if (layout.isEmpty()) {
      if (g.rows().stream().flatMap(List::stream).anyMatch(c -> !c.isBlank())) {
        problems.add(ImportProblem.of(ImportProblem.Kind.NO_LAYOUT, where(g, -1)));
      }
      return;
    }
    Deque<Frame> stack = new ArrayDeque<>();
    for (int r = layout.get().dataStart(); r < g.rows().size(); r++) {
      row(g, r, layout.get(), stack);
    }
    if (g.truncated()) {
      problems.add(ImportProblem.of(ImportProblem.Kind.ROW_LIMIT, where(g, -1), g.rows().size()));
    }
  }

  private void row(Grid g, int r, ColumnLayout l, Deque<Frame> stack) {
    Grid.Cell nameCell = g.cell(r, l.nameColumn());
    String name = strip(nameCell.text());
    int indent = nameCell.indent() * INDENT_PER_STYLE_LEVEL + leadingSpaces(nameCell.text());
    String codeText = l.split() ? joinedParts(g, r, l) : codeCell(g, r, l);
    if (codeText.isEmpty()) {
      Matcher m = COMBINED.matcher(name);
      if (!m.matches()) {
        return; // a title, a total or a note: not a code row
      }
      codeText = m.group(1);
      name = strip(m.group(2));
    }
    if (codeText.chars().noneMatch(Character::isDigit)) {
      return; // a header repeated down the sheet (科目编码, 类/款/项) or a label in the code column
    }
    rowsRead++;
    String at = where(g, r);
    Optional<String> digits =
        l.split() ? fromParts(g, r, l, stack, at) : fromCodeCell(codeText, indent, stack, at);
    if (digits.isEmpty()) {
      return;
    }
    if (digits.get().matches("1\\d{2,8}")) {
      revenueRows++;
      push(stack, digits.get(), indent);
      return;
    }
    ClassificationCode code;
    try {
      code = ClassificationCode.parse(digits.get());
    } catch (InvalidCodeException e) {
      problems.add(badCode(at, codeText, e));
      return;
    }
    push(stack, code.digits(), indent);
    if (name.isEmpty()) {
      problems.add(ImportProblem.of(ImportProblem.Kind.NO_NAME, at, code));
      return;
    }
    checkStated(g, r, l, code, at);
    keep(code, name, at);
  }

  private String codeCell(Grid g, int r, ColumnLayout l) {
    return l.codeColumn() < 0 || l.codeColumn() == l.nameColumn()
        ? ""
        : g.cell(r, l.codeColumn()).text().strip();
  }

  private static String joinedParts(Grid g, int r, ColumnLayout l) {
    StringBuilder sb = new StringBuilder();
    for (int c : l.partColumns()) {
      if (c >= 0) {
        sb.append(g.cell(r, c).text().strip());
      }
    }
    return sb.toString();
  }

  /** 类/款/项 columns: a row repeats its parents' parts, or gives only its own part. */
  private Optional<String> fromParts(Grid g, int r, ColumnLayout l, Deque<Frame> stack, String at) {
    String[] p = new String[3];
    for (int k = 0; k < 3; k++) {
      p[k] = l.partColumns()[k] < 0 ? "" : g.cell(r, l.partColumns()[k]).text().strip();
      if (k > 0 && p[k].length() == 1) {
        p[k] = "0" + p[k]; // a 款 or 项 stored as a number loses its leading zero
      }
    }
    String joined = String.join(" ", p).strip();
    if (!p[0].isEmpty()) {
      if (p[1].isEmpty() && !p[2].isEmpty()) {
        problems.add(
            ImportProblem.of(ImportProblem.Kind.BAD_CODE, at, joined, reason("bad_groups")));
        return Optional.empty();
      }
      return Optional.of(p[0] + p[1] + p[2]);
    }
    // The parent is the prefix of the nearest row above that is at least as deep as the parent.
    int parentLength = p[1].isEmpty() ? 5 : 3;
    Optional<String> parent =
        stack.stream()
            .filter(f -> f.length() >= parentLength)
            .findFirst()
            .map(f -> f.digits().substring(0, parentLength));
    if (parent.isEmpty()) {
      problems.add(ImportProblem.of(ImportProblem.Kind.UNPLACEABLE, at, joined));
      return Optional.empty();
    }
    return Optional.of(parent.get() + p[1] + p[2]);
  }

  /** One code column: a whole code, or a local part placed under the nearest less-indented row. */
  private Optional<String> fromCodeCell(String text, int indent, Deque<Frame> stack, String at) {
    if (!LOCAL.matcher(text).matches()) {
      return Optional.of(text.replaceAll("[\\s\\u3000]+", ""));
    }
    while (!stack.isEmpty() && stack.peek().indent() >= indent) {
      stack.pop();
    }
    Frame parent = stack.peek();
    if (parent == null || parent.length() >= CodeLevel.ITEM.length()) {
      problems.add(ImportProblem.of(ImportProblem.Kind.UNPLACEABLE, at, text));
      return Optional.empty();
    }
    return Optional.of(parent.digits() + (text.length() == 1 ? "0" + text : text));
  }

  /** Makes a row the newest frame, above only its own ancestors. */
  private static void push(Deque<Frame> stack, String digits, int indent) {
    while (!stack.isEmpty()
        && (stack.peek().length() >= digits.length()
            || !digits.startsWith(stack.peek().digits()))) {
      stack.pop();
    }
    stack.push(new Frame(digits.length(), indent, digits));
  }

  private void checkStated(Grid g, int r, ColumnLayout l, ClassificationCode code, String at) {
    if (l.levelColumn() >= 0) {
      String stated = g.cell(r, l.levelColumn()).text().strip();
      Optional<CodeLevel> level = CodeLevel.parse(stated);
      if (!stated.isEmpty() && (level.isEmpty() || level.get() != code.level())) {
        problems.add(
            ImportProblem.of(
                ImportProblem.Kind.LEVEL_MISMATCH, at, code, stated, code.level().chinese()));
      }
    }
    if (l.parentColumn() >= 0) {
      String stated = g.cell(r, l.parentColumn()).text().replaceAll("[\\s\\u3000]+", "");
      String derived = code.parent().map(ClassificationCode::digits).orElse("");
      if (!stated.equals(derived)) {
        problems.add(
            ImportProblem.of(ImportProblem.Kind.PARENT_MISMATCH, at, code, stated, derived));
      }
    }
  }

  private void keep(ClassificationCode code, String name, String at) {
    Held earlier = codes.get(code.digits());
    if (earlier == null) {
      codes.put(code.digits(), new Held(code, name, at));
    } else if (NameFolding.sameName(earlier.name(), name)) {
      repeatedRows++;
    } else {
      problems.add(
          ImportProblem.of(
              ImportProblem.Kind.CONFLICTING_DUPLICATE,
              at,
              code,
              name,
              earlier.where(),
              earlier.name()));
    }
  }

  /** The codes read, sorted, with the orphans reported. */
  ParsedCatalogue finish(String fileName) {
    List<Held> sorted = new ArrayList<>(codes.values());
    sorted.sort(Comparator.comparing(h -> h.code().digits()));
    Map<ClassificationCode, String> out = new LinkedHashMap<>();
    for (Held h : sorted) {
      out.put(h.code(), h.name());
      h.code()
          .parent()
          .filter(p -> !codes.containsKey(p.digits()))
          .ifPresent(
              p ->
                  problems.add(
                      ImportProblem.of(
                          ImportProblem.Kind.ORPHAN,
                          h.where(),
                          h.code(),
                          h.name(),
                          p.digits(),
                          p.level().chinese())));
    }
    return new ParsedCatalogue(fileName, out, problems, rowsRead, revenueRows, repeatedRows);
  }

  private static ImportProblem badCode(String at, String text, InvalidCodeException e) {
    String reason = reason(e.reason().name().toLowerCase(java.util.Locale.ROOT));
    return ImportProblem.of(ImportProblem.Kind.BAD_CODE, at, text, reason);
  }

  private static String reason(String key) {
    return CatalogueMessages.format("catalogue.code.reason." + key);
  }

  private static String where(Grid g, int row) {
    if (row < 0) {
      return CatalogueMessages.format(
          g.sheet() ? "catalogue.where.sheet" : "catalogue.where.file", g.name());
    }
    return g.sheet()
        ? CatalogueMessages.format("catalogue.where.sheetRow", g.name(), row + 1)
        : CatalogueMessages.format("catalogue.where.line", row + 1);
  }

  private static String strip(String s) {
    return s.replaceAll("^[\\s\\u3000\\u00a0]+|[\\s\\u3000\\u00a0]+$", "");
  }

  /** Leading spaces in display columns: a full-width space is two. */
  private static int leadingSpaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\u00a0') {
        n++;
      } else if (c == '\u3000') {
        n += 2;
      } else if (c == '\t') {
        n += INDENT_PER_STYLE_LEVEL;
      } else {
        break;
      }
    }
    return n;
  }
}
