package org.gongkai.read.recognize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.model.profile.ColumnSpec;
import org.gongkai.model.profile.LayoutProfile;
import org.gongkai.model.profile.TableSpec;

/** A layout profile with its titles and headers folded once, for matching. Immutable. */
final class CompiledProfile {

  /** One table title alias. */
  record Title(String folded, TableSpec spec) {}

  final LayoutProfile profile;
  final List<Title> titles;
  final List<String> detect;
  final List<String> emptyPhrases;

  /** Whether every title contains 表: a line without it names no table. */
  final boolean allTitlesNameTables;

  private final java.util.Map<TableSpec, String[][]> headers = new java.util.IdentityHashMap<>();

  CompiledProfile(LayoutProfile profile) {
    this.profile = profile;
    List<Title> ts = new ArrayList<>();
    for (TableSpec spec : profile.tables()) {
      for (String t : spec.titles()) {
        ts.add(new Title(Norm.fold(t), spec));
      }
      String[][] cols = new String[spec.columns().size()][];
      for (int c = 0; c < cols.length; c++) {
        ColumnSpec cs = spec.columns().get(c);
        cols[c] = cs.headers().stream().map(Norm::fold).toArray(String[]::new);
      }
      headers.put(spec, cols);
    }
    ts.sort(Comparator.comparingInt((Title t) -> t.folded().length()).reversed());
    this.titles = List.copyOf(ts);
    this.detect = profile.detect().stream().map(Norm::fold).toList();
    this.emptyPhrases = profile.emptyTablePhrases().stream().map(Norm::fold).toList();
    this.allTitlesNameTables = ts.stream().allMatch(t -> t.folded().indexOf('表') >= 0);
  }

  /** The folded header aliases of the spec's columns, by column. */
  String[][] headers(TableSpec spec) {
    String[][] h = headers.get(spec);
    return h != null ? h : new String[0][];
  }

  /** The spec whose longest title alias the folded text contains, or null. */
  TableSpec specForTitle(String folded) {
    for (Title t : titles) {
      if (folded.contains(t.folded())) {
        return t.spec();
      }
    }
    return null;
  }

  TableSpec specForNumber(int number) {
    return profile.tableNumber(number).orElse(null);
  }

  /** True when a note's text declares its table empty. */
  boolean declaresEmpty(String text) {
    String f = Norm.fold(text);
    for (String p : emptyPhrases) {
      if (f.contains(p)) {
        return true;
      }
    }
    return false;
  }
}
