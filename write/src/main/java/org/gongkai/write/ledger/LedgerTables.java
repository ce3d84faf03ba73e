package org.gongkai.write.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.ColumnRole;
import org.gongkai.model.Money;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.SourceRef;
import org.gongkai.model.Table;
import org.gongkai.model.TableKind;
import org.gongkai.model.TableNote;
import org.gongkai.model.profile.ColumnSpec;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.TableSpec;
import org.gongkai.write.WriteMessages;
import org.gongkai.write.input.BudgetData.LineItem;
import org.gongkai.write.input.ExpenditureType;
import org.gongkai.write.input.FundSource;

/**
 * Derives the tables of a layout from the ledger: every table of the layout profile, its columns
 * from the profile, its rows rolled up 项 → 款 → 类 → 合计 with names from the classification, each cell
 * an exact sum of ledger lines rounded once to the table's unit.
 */
public final class LedgerTables {

  private final Ledger ledger;
  private final LayoutProfile profile;
  private final LayoutForm form;
  private final CodeNames names;
  private final int year;
  private final String preparer;
  private final ThreePublicFigures threePublic;

  public LedgerTables(
      Ledger ledger,
      LayoutProfile profile,
      LayoutForm form,
      CodeNames names,
      ThreePublicFigures threePublic) {
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.form = Objects.requireNonNull(form, "form");
    this.names = Objects.requireNonNull(names, "names");
    this.threePublic = Objects.requireNonNull(threePublic, "threePublic");
    this.year = ledger.data().unit().year();
    this.preparer = ledger.data().unit().name();
  }

  /** Every table of the layout, in the profile's order. */
  public List<Table> build() {
    List<Table> out = new ArrayList<>();
    for (TableSpec spec : profile.tables()) {
      out.add(build(spec));
    }
    return List.copyOf(out);
  }

  private Table build(TableSpec spec) {
    List<Column> columns = columns(spec);
    MoneyUnit unit = spec.unit() == null ? MoneyUnit.WAN_YUAN : spec.unit();
    TableDraft draft = new TableDraft(columns, unit);
    switch (spec.kind()) {
      case INCOME_EXPENDITURE_SUMMARY -> twoSided(draft, form.incomeRows(), i -> true);
      case FISCAL_SUMMARY -> twoSided(draft, form.fiscalIncomeRows(), Scopes.FISCAL);
      case GENERAL_PUBLIC_BASIC_EXPENDITURE -> economic(draft, Scopes.GENERAL_PUBLIC_BASIC);
      case GENERAL_PUBLIC_PROJECT_EXPENDITURE -> functional(draft, Scopes.GENERAL_PUBLIC_PROJECT);
      case THREE_PUBLIC_EXPENSES -> threePublic(draft);
      default -> functional(draft, Scopes.of(spec.kind()));
    }
    String canonical = spec.titles().isEmpty() ? spec.kind().name() : spec.titles().get(0);
    String title = org.gongkai.model.RowLabel.compactName(form.title(canonical, year));
    List<TableNote> notes = new ArrayList<>();
    Table table =
        new Table(
            spec.number(),
            spec.kind(),
            title,
            unit,
            preparer,
            columns,
            draft.rows(),
            notes,
            SourceRef.NONE);
    if (table.hasNoFigures()) {
      notes.add(new TableNote(emptyStatement(spec.kind()), true, SourceRef.NONE));
      table =
          new Table(
              table.number(),
              table.kind(),
              title,
              unit,
              preparer,
              columns,
              table.rows(),
              notes,
              SourceRef.NONE);
    }
    return table;
  }

  private String emptyStatement(TableKind kind) {
    String subject = WriteMessages.format("subject." + ledger.data().unit().scope().name());
    String key = "table.empty." + kind.name();
    if (!WriteMessages.has(key)) {
      key = "table.empty.OTHER";
    }
    return WriteMessages.format(key, subject, String.valueOf(year));
  }

  private static List<Column> columns(TableSpec spec) {
    List<Column> out = new ArrayList<>();
    int i = 0;
    for (ColumnSpec c : spec.columns()) {
      String header = c.headers().isEmpty() ? "" : c.headers().get(0);
      out.add(new Column(i++, header, c.role(), c.side(), c.qualifier(), c.group()));
    }
    return out;
  }

  // --- functional tables (表2, 表3, 表5, 表7, 表8, 表9 …)

  private void functional(TableDraft draft, Predicate<LineItem> scope) {
    boolean byProject = draft.has(ColumnRole.PROJECT_NAME);
    for (String code : usedCodes(scope, LineItem::function, 3, 5, 7)) {
      Predicate<LineItem> under = scope.and(i -> i.function().startsWith(code));
      if (code.length() == 7 && byProject) {
        for (String project : projects(under)) {
          String[] stub = functionalStub(code);
          Predicate<LineItem> line = under.and(i -> i.project().equals(project));
          draft.add(stub, project, line, 0);
        }
      } else {
        draft.add(functionalStub(code), "", under, 0);
      }
    }
    draft.addTotal(WriteMessages.format("table.total"), scope, 0);
  }

  private String[] functionalStub(String code) {
    return new String[] {code, names.functionName(code).orElse("")};
  }

  private List<String> projects(Predicate<LineItem> scope) {
    List<String> out = new ArrayList<>();
    for (LineItem i : ledger.items()) {
      if (scope.test(i) && !out.contains(i.project()) && nonZero(scope, i.project())) {
        out.add(i.project());
      }
    }
    return out;
  }

  private boolean nonZero(Predicate<LineItem> scope, String project) {
    return ledger.sum(scope.and(i -> i.project().equals(project))).signum() != 0;
  }

  /** The codes (and their parents of the given lengths) of lines with a non-zero sum. */
  private TreeSet<String> usedCodes(
      Predicate<LineItem> scope,
      java.util.function.Function<LineItem, String> code,
      int... levels) {
    TreeSet<String> out = new TreeSet<>();
    for (LineItem i : ledger.items()) {
      String c = code.apply(i);
      if (!scope.test(i)) {
        continue;
      }
      for (int len : levels) {
        if (c.length() >= len) {
          String prefix = c.substring(0, len);
          if (ledger.sum(scope.and(x -> code.apply(x).startsWith(prefix))).signum() != 0) {
            out.add(prefix);
          }
        }
      }
    }
    return out;
  }

  // --- 表6: basic expenditure by economic classification

  private void economic(TableDraft draft, Predicate<LineItem> scope) {
    for (String code : usedCodes(scope, LineItem::economic, 3, 5)) {
      Predicate<LineItem> under = scope.and(i -> i.economic().startsWith(code));
      draft.add(new String[] {code, names.economicName(code).orElse("")}, "", under, 0);
    }
    draft.addTotal(WriteMessages.format("table.total"), scope, 0);
  }

  // --- two-sided summary tables (表1, 表4)

  private void twoSided(
      TableDraft draft, List<LayoutForm.IncomeRow> incomeRows, Predicate<LineItem> scope) {
    List<String> classes = classCodes(scope);
    int n = Math.max(incomeRows.size(), classes.size());
    for (int r = 0; r < n; r++) {
      Cell[] cells = draft.blankRow();
      if (r < incomeRows.size()) {
        LayoutForm.IncomeRow in = incomeRows.get(r);
        Set<FundSource> sources = EnumSet.noneOf(FundSource.class);
        sources.addAll(in.sources());
        draft.fillSide(cells, 0, new String[] {"", in.label()}, i -> sources.contains(i.source()));
      }
      if (r < classes.size()) {
        String code = classes.get(r);
        String name = className(code);
        String label =
            form.classLabel() == LayoutForm.ClassLabel.NUMBERED ? numeral(r) + "、" + name : name;
        Predicate<LineItem> under = scope.and(i -> i.function().startsWith(code));
        draft.fillSide(cells, 1, new String[] {code, label}, under);
      }
      draft.addCells(cells);
    }
    Cell[] total = draft.blankRow();
    draft.fillSide(total, 0, new String[] {"", form.incomeTotalLabel()}, scope);
    draft.fillSide(total, 1, new String[] {"", form.expenditureTotalLabel()}, scope);
    draft.addCells(total);
  }

  private String className(String code) {
    return names
        .functionName(code)
        .or(
            () ->
                form.classes().stream()
                    .filter(c -> c.code().equals(code))
                    .map(LayoutForm.ClassEntry::name)
                    .findFirst())
        .orElse("");
  }

  private List<String> classCodes(Predicate<LineItem> scope) {
    TreeSet<String> codes = usedCodes(scope, LineItem::function, 3);
    if (form.classRows() == LayoutForm.ClassRows.ALL) {
      form.classes().forEach(c -> codes.add(c.code()));
    }
    return List.copyOf(codes);
  }

  static String numeral(int index) {
    String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
    int n = index + 1;
    if (n < 10) {
      return digits[n];
    }
    String tens = n / 10 == 1 ? "十" : digits[n / 10] + "十";
    return tens + digits[n % 10];
  }

  // --- 三公 table

  private void threePublic(TableDraft draft) {
    if (draft.has(ColumnRole.NAME) && !form.threePublicRows().isEmpty()) {
      for (LayoutForm.ThreePublicRow row : form.threePublicRows()) {
        Money sum = threePublic.sum(row.items());
        Cell[] cells = draft.blankRow();
        draft.setStub(cells, 0, new String[] {"", row.label()});
        for (Column c : draft.columns()) {
          if (c.role() == ColumnRole.TOTAL || c.role() == ColumnRole.GENERAL_PUBLIC) {
            cells[c.index()] = draft.money(sum);
          }
        }
        draft.addCells(cells);
      }
      return;
    }
    Cell[] cells = draft.blankRow();
    for (Column c : draft.columns()) {
      Money m =
          switch (c.role()) {
            case TOTAL -> threePublic.sum(ThreePublicFigures.ITEMS);
            case AGENCY_OPERATING -> threePublic.agencyOperating();
            case VEHICLES ->
                threePublic.sum(List.of(ColumnRole.VEHICLE_PURCHASE, ColumnRole.VEHICLE_OPERATION));
            default -> threePublic.sum(List.of(c.role()));
          };
      cells[c.index()] = draft.money(m);
    }
    draft.addCells(cells);
  }

  /** A table under construction: its columns and the rows added so far. */
  private final class TableDraft {
    private final List<Column> columns;
    private final MoneyUnit unit;
    private final Set<ColumnRole> present = EnumSet.noneOf(ColumnRole.class);
    private final List<Row> rows = new ArrayList<>();

    TableDraft(List<Column> columns, MoneyUnit unit) {
      this.columns = columns;
      this.unit = unit;
      columns.forEach(c -> present.add(c.role()));
    }

    List<Column> columns() {
      return columns;
    }

    boolean has(ColumnRole role) {
      return present.contains(role);
    }

    Cell[] blankRow() {
      Cell[] cells = new Cell[columns.size()];
      java.util.Arrays.fill(cells, Cell.blank(SourceRef.NONE));
      return cells;
    }

    void add(String[] stub, String project, Predicate<LineItem> selection, int side) {
      Cell[] cells = blankRow();
      setStub(cells, side, stub);
      for (Column c : columns) {
        if (c.role() == ColumnRole.PROJECT_NAME && c.side() == side) {
          cells[c.index()] = text(project);
        }
      }
      fillValues(cells, side, selection);
      addCells(cells);
    }

    void addTotal(String label, Predicate<LineItem> selection, int side) {
      add(new String[] {"", label}, "", selection, side);
    }

    void fillSide(Cell[] cells, int side, String[] stub, Predicate<LineItem> selection) {
      setStub(cells, side, stub);
      fillValues(cells, side, selection);
    }

    /** Stub cells from {code, name}. */
    void setStub(Cell[] cells, int side, String[] stub) {
      String code = stub[0];
      String name = stub[1];
      for (Column c : columns) {
        if (c.side() != side) {
          continue;
        }
        String v =
            switch (c.role()) {
              case CODE -> code;
              case CODE_CLASS -> part(code, 0, 3);
              case CODE_SECTION -> part(code, 3, 5);
              case CODE_ITEM -> part(code, 5, 7);
              case NAME -> name;
              case CODE_NAME -> code.isEmpty() ? name : code + " " + name;
              default -> null;
            };
        if (v != null) {
          cells[c.index()] = text(v);
        }
      }
    }

    void fillValues(Cell[] cells, int side, Predicate<LineItem> selection) {
      for (Column c : columns) {
        if (c.side() != side || c.role().isStub()) {
          continue;
        }
        Predicate<LineItem> column = ColumnMeaning.selection(c, present(side));
        cells[c.index()] = money(ledger.sum(selection.and(column)));
      }
    }

    private Set<ColumnRole> present(int side) {
      Set<ColumnRole> out = EnumSet.noneOf(ColumnRole.class);
      columns.stream().filter(c -> c.side() == side).forEach(c -> out.add(c.role()));
      return out;
    }

    Cell money(Money m) {
      BigDecimal v = Printed.value(m, unit);
      if (v.signum() == 0) {
        return Cell.blank(SourceRef.NONE);
      }
      return Cell.number(Printed.grouped(v), v, SourceRef.NONE);
    }

    void addCells(Cell[] cells) {
      rows.add(new Row(rows.size(), List.of(cells), SourceRef.NONE));
    }

    List<Row> rows() {
      return rows;
    }
  }

  private static Cell text(String s) {
    return s == null || s.isEmpty() ? Cell.blank(SourceRef.NONE) : Cell.text(s, SourceRef.NONE);
  }

  private static String part(String code, int from, int to) {
    return code.length() >= to ? code.substring(from, to) : "";
  }

  /** The selections of line items the tables are drawn from. */
  static final class Scopes {
    static final Predicate<LineItem> FISCAL = i -> i.source().group() == FundSource.Group.FISCAL;
    static final Predicate<LineItem> GENERAL_PUBLIC = i -> i.source().isGeneralPublic();
    static final Predicate<LineItem> GENERAL_PUBLIC_BASIC =
        GENERAL_PUBLIC.and(i -> i.type() == ExpenditureType.BASIC);
    static final Predicate<LineItem> GENERAL_PUBLIC_PROJECT =
        GENERAL_PUBLIC.and(i -> i.type() == ExpenditureType.PROJECT);

    private Scopes() {}

    static Predicate<LineItem> of(TableKind kind) {
      return switch (kind) {
        case GENERAL_PUBLIC_EXPENDITURE -> GENERAL_PUBLIC;
        case GOV_FUNDS_EXPENDITURE -> i -> i.source().isGovFunds();
        case STATE_CAPITAL_EXPENDITURE -> i -> i.source().isStateCapital();
        case FISCAL_SUMMARY, FISCAL_EXPENDITURE -> FISCAL;
        default -> i -> true;
      };
    }
  }
}
