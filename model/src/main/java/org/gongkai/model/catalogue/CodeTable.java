package org.gongkai.model.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list in force for one classification and catalogue year: the shipped list for that year (and
 * the undated shipped list, for the economic classifications) overlaid by the user's import for
 * that year. A complete import replaces the shipped lists instead of overlaying them.
 */
public final class CodeTable {

  private final Classification classification;
  private final int year;
  private final List<ListSource> layers;
  private final boolean complete;
  private final Map<String, Entry> byDigits;
  private final List<Entry> sorted;
  private final Map<CodeLevel, Integer> counts;

  /** Merges the layers in order: a later layer's entry replaces an earlier one's. */
  CodeTable(Classification classification, int year, List<CodeList> layers) {
    this.classification = classification;
    this.year = year;
    this.layers = layers.stream().map(CodeList::source).toList();
    this.complete = !layers.isEmpty() && layers.stream().allMatch(l -> l.source().complete());
    Map<String, Entry> map = new HashMap<>();
    for (CodeList l : layers) {
      for (Entry e : l.entries()) {
        map.put(e.code().digits(), e);
      }
    }
    this.byDigits = Map.copyOf(map);
    List<Entry> list = new ArrayList<>(map.values());
    list.sort(Comparator.comparing(e -> e.code().digits()));
    this.sorted = List.copyOf(list);
    Map<CodeLevel, Integer> c = new EnumMap<>(CodeLevel.class);
    for (Entry e : sorted) {
      c.merge(e.level(), 1, Integer::sum);
    }
    this.counts = c;
  }

  public Classification classification() {
    return classification;
  }

  /** The catalogue year of the list; 0 when only undated lists make it up. */
  public int year() {
    return year;
  }

  /** The lists merged into this one, bottom first (shipped before imported). */
  public List<ListSource> layers() {
    return layers;
  }

  /** True when there is no list at all (no shipped or imported list for the year). */
  public boolean isMissing() {
    return layers.isEmpty();
  }

  /** True only when the list is a user import declared complete. */
  public boolean complete() {
    return complete;
  }

  /** The entry for a code, if listed. */
  public Optional<Entry> get(ClassificationCode code) {
    return Optional.ofNullable(byDigits.get(code.digits()));
  }

  /** Every entry, sorted by code (each parent right before its children). */
  public List<Entry> entries() {
    return sorted;
  }

  /** How many entries of the given level. */
  public int count(CodeLevel level) {
    return counts.getOrDefault(level, 0);
  }

  public int size() {
    return sorted.size();
  }
}
