package org.gongkai.model.catalogue;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One list as loaded from one file: a shipped resource or a user import, for one classification.
 *
 * @param source where the list came from
 * @param entries its entries, each carrying the same source, no code twice
 */
public record CodeList(ListSource source, List<Entry> entries) {

  public CodeList {
    Objects.requireNonNull(source, "source");
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    Set<String> seen = new HashSet<>();
    for (Entry e : entries) {
      if (!e.source().equals(source)) {
        throw new IllegalArgumentException("entry " + e.code() + " has another source");
      }
      if (!seen.add(e.code().digits())) {
        throw new IllegalArgumentException("code listed twice: " + e.code());
      }
    }
  }
}
