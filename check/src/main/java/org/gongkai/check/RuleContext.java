package org.gongkai.check;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.MoneyUnit;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.TableSpec;

/**
 * What a rule sees: the disclosure, its layout profile if known, the comparisons to use, the
 * catalogue and the check profile. One per checked document, shared by the rules that check it one
 * after another; it caches per-table views, so it is used by one thread at a time.
 */
public final class RuleContext {

  private final Disclosure disclosure;
  private final LayoutProfile layout;
  private final Comparisons comparisons;
  private final CodeCatalogue catalogue;
  private final CheckProfile profile;
  private final Map<Table, TableView> views = new IdentityHashMap<>();
  private final Map<Object, Object> derived = new java.util.HashMap<>();

  public RuleContext(
      Disclosure disclosure,
      LayoutProfile layout,
      Comparisons comparisons,
      CodeCatalogue catalogue,
      CheckProfile profile) {
    this.disclosure = Objects.requireNonNull(disclosure, "disclosure");
    this.layout = layout;
    this.comparisons = Objects.requireNonNull(comparisons, "comparisons");
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  public Disclosure disclosure() {
    return disclosure;
  }

  /** The layout profile the document was read with, when known. */
  public Optional<LayoutProfile> layout() {
    return Optional.ofNullable(layout);
  }

  public Comparisons comparisons() {
    return comparisons;
  }

  public CodeCatalogue catalogue() {
    return catalogue;
  }

  public CheckProfile profile() {
    return profile;
  }

  /** The table with its row labels computed once for this run. */
  public TableView view(Table t) {
    return views.computeIfAbsent(t, TableView::new);
  }

  /**
   * A value derived from the document once per run and shared by the rules that need it (rows by
   * code, income lines, a sheet's indicators read). The key must identify the derivation and its
   * inputs (a record of a name and the view or part it reads).
   */
  public <T> T memo(Object key, java.util.function.Supplier<T> compute) {
    return derived(key, ctx -> compute.get());
  }

  /**
   * Something several rules derive from the document in the same way (the running text split into
   * blocks, the quantities claims are bound to), computed once per run under a key of the deriving
   * code's choosing (typically its class).
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, java.util.function.Function<RuleContext, T> compute) {
    Object v = derived.get(key);
    if (v == null) {
      v = compute.apply(this);
      derived.put(key, v);
    }
    return (T) v;
  }

  /** The first table of this kind, as a view. */
  public Optional<TableView> view(org.gongkai.model.TableKind kind) {
    return disclosure.table(kind).map(this::view);
  }

  /** The budget year, for catalogue lookups. */
  public int year() {
    return disclosure.metadata().year();
  }

  /**
   * The money unit a table is printed in: as the table states it, else as its layout usually prints
   * it; empty when neither says.
   */
  public Optional<MoneyUnit> unit(Table t) {
    if (t.unit() != null) {
      return Optional.of(t.unit());
    }
    return layout().flatMap(l -> l.table(t.kind())).map(TableSpec::unit).filter(Objects::nonNull);
  }

  /**
   * A cell as money. Within one table the unit matters only for display, so a table that states no
   * unit is read in 万元 here; rules comparing across tables check {@link #unit} first.
   */
  public CellValue value(Table t, Row r, Column c) {
    return value(view(t), r, c);
  }

  /** As {@link #value(Table, Row, Column)}, for a view. */
  public CellValue value(TableView v, Row r, Column c) {
    Table t = v.table();
    Cell cell = r.cell(c.index());
    java.util.function.Supplier<Location> where = () -> Location.of(v, r, c);
    return switch (cell.kind()) {
      case NUMBER ->
          new CellValue(
              CellValue.State.NUMBER,
              new org.gongkai.model.Money(
                  cell.number(), t.unit() != null ? t.unit() : unit(t).orElse(MoneyUnit.WAN_YUAN)),
              cell,
              where);
      case BLANK -> new CellValue(CellValue.State.BLANK, null, cell, where);
      default -> new CellValue(CellValue.State.NOT_A_NUMBER, null, cell, where);
    };
  }
}
