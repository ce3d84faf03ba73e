package org.gongkai.model.catalogue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The classification catalogue: for each classification, the lists in force by catalogue year,
 * immutable and thread-safe once built. Every lookup is a map access, with no I/O.
 *
 * <p>A year without a list is answered by the nearest earlier year's list, and the answer says so
 * ({@link ListChoice#fellBack()}). The economic lists shipped with Gongkai are undated: they apply
 * to every year, under any list the user imported for a year.
 *
 * <p>Obtain the shipped catalogue with {@link #shipped()}, or shipped plus the user's imports with
 * {@link CatalogueStore#load()}.
 */
public final class Catalogue {

  private final List<CodeList> lists;
  private final Map<Classification, NavigableMap<Integer, CodeTable>> dated;
  private final Map<Classification, CodeTable> undated;

  private Catalogue(List<CodeList> lists) {
    this.lists = List.copyOf(lists);
    this.dated = new EnumMap<>(Classification.class);
    this.undated = new EnumMap<>(Classification.class);
    for (Classification c : Classification.values()) {
      build(c);
    }
  }

  /**
   * A catalogue made of these lists. At most one shipped and one imported list per classification
   * and year.
   *
   * @throws IllegalArgumentException when two lists claim the same place
   */
  public static Catalogue of(List<CodeList> lists) {
    return new Catalogue(Objects.requireNonNull(lists, "lists"));
  }

  /** The lists shipped with Gongkai (partial; see docs/catalogue.md). */
  public static Catalogue shipped() {
    return ShippedLists.CATALOGUE;
  }

  private void build(Classification c) {
    List<CodeList> undatedLists = new ArrayList<>();
    Map<Integer, CodeList> shippedByYear = new TreeMap<>();
    Map<Integer, CodeList> importedByYear = new TreeMap<>();
    for (CodeList l : lists) {
      ListSource s = l.source();
      if (s.classification() != c) {
        continue;
      }
      if (!s.isDated()) {
        undatedLists.add(l);
      } else {
        Map<Integer, CodeList> m =
            s instanceof ListSource.Imported ? importedByYear : shippedByYear;
        if (m.put(s.year(), l) != null) {
          throw new IllegalArgumentException("two lists for " + c + " " + s.year() + ": " + s);
        }
      }
    }
    NavigableMap<Integer, CodeTable> byYear = new TreeMap<>();
    NavigableSet<Integer> years = new TreeSet<>(shippedByYear.keySet());
    years.addAll(importedByYear.keySet());
    for (int y : years) {
      byYear.put(y, new CodeTable(c, y, layers(undatedLists, shippedByYear, importedByYear, y)));
    }
    dated.put(c, Collections.unmodifiableNavigableMap(byYear));
    undated.put(c, new CodeTable(c, 0, undatedLists));
  }

  private static List<CodeList> layers(
      List<CodeList> undatedLists,
      Map<Integer, CodeList> shipped,
      Map<Integer, CodeList> imported,
      int year) {
    CodeList own = imported.get(year);
    if (own != null && own.source().complete()) {
      return List.of(own);
    }
    List<CodeList> out = new ArrayList<>(undatedLists);
    Optional.ofNullable(shipped.get(year)).ifPresent(out::add);
    Optional.ofNullable(own).ifPresent(out::add);
    return out;
  }

  /**
   * The list that answers for a classification and year: the year's own, else the nearest earlier
   * year's, else the undated list (possibly none at all, see {@link ListChoice#noList()}).
   *
   * @param year the catalogue year; 0 for the latest list
   */
  public ListChoice list(Classification classification, int year) {
    NavigableMap<Integer, CodeTable> byYear = dated.get(classification);
    Map.Entry<Integer, CodeTable> e = year == 0 ? byYear.lastEntry() : byYear.floorEntry(year);
    return new ListChoice(year, e == null ? undated.get(classification) : e.getValue());
  }

  /** What the catalogue says about a code for a year (0: the latest list). */
  public Lookup lookup(int year, ClassificationCode code) {
    ListChoice choice = list(code.classification(), year);
    Optional<Entry> e = choice.table().get(code);
    if (e.isPresent()) {
      return new Lookup.Known(e.get(), choice);
    }
    return choice.table().complete()
        ? new Lookup.AbsentFromCompleteList(code, choice)
        : new Lookup.UnknownCode(code, choice);
  }

  /** What the catalogue says about a functional code in a year's catalogue. */
  public Lookup lookupFunction(int year, FunctionCode code) {
    return lookup(year, code);
  }

  /** What the latest economic list says about a code. */
  public Lookup lookupEconomic(EconomicCode code) {
    return lookup(0, code);
  }

  /** What the economic list in force for a year says about a code. */
  public Lookup lookupEconomic(int year, EconomicCode code) {
    return lookup(year, code);
  }

  /** The functional code's entry in the year's list (or the nearest earlier year's). */
  public Optional<Entry> function(int year, FunctionCode code) {
    return list(Classification.FUNCTION, year).table().get(code);
  }

  /** The economic code's entry in the latest list of its classification. */
  public Optional<Entry> economic(EconomicCode code) {
    return list(code.classification(), 0).table().get(code);
  }

  /** The economic code's entry in the list in force for the year. */
  public Optional<Entry> economic(int year, EconomicCode code) {
    return list(code.classification(), year).table().get(code);
  }

  /** The lookups of the code's ancestors and of the code itself, from the 类 down. */
  public List<Lookup> lineage(int year, ClassificationCode code) {
    List<Lookup> out = new ArrayList<>();
    for (ClassificationCode c : code.ancestors()) {
      out.add(lookup(year, c));
    }
    out.add(lookup(year, code));
    return List.copyOf(out);
  }

  /** The catalogue years that have a list of their own for the classification, ascending. */
  public NavigableSet<Integer> years(Classification classification) {
    return dated.get(classification).navigableKeySet();
  }

  /** The lists in force: every dated list and, when there is one, the undated list. */
  public List<CodeTable> tables(Classification classification) {
    List<CodeTable> out = new ArrayList<>();
    if (!undated.get(classification).isMissing()) {
      out.add(undated.get(classification));
    }
    out.addAll(dated.get(classification).values());
    return List.copyOf(out);
  }

  /** Every list this catalogue was built from, shipped and imported, as loaded. */
  public List<CodeList> sources() {
    return lists;
  }
}
