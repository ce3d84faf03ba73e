package org.gongkai.read.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.SubjectKind;

/**
 * The subject phrases the parser recognises: the fixed ones of {@code subjects.tsv} and the names a
 * document's own tables print (functional and economic classes, projects). Matching is longest
 * phrase at a position, through an index by first character.
 */
final class Lexicon {

  /**
   * One phrase and the subject it names.
   *
   * @param scope the fund scope the phrase states, null when the context decides
   * @param code the classification code when the phrase is a table row's name and that name is
   *     unique, else empty
   */
  record Entry(String phrase, SubjectKind kind, FundScope scope, String code) {}

  private static final String RESOURCE = "subjects.tsv";
  private static final Lexicon FIXED = load();

  private final Map<Character, List<Entry>> byFirst;

  private Lexicon(Map<Character, List<Entry>> byFirst) {
    this.byFirst = byFirst;
  }

  /** The fixed phrases only. */
  static Lexicon fixed() {
    return FIXED;
  }

  /** The fixed phrases plus the given ones (names from the document's tables). */
  Lexicon with(List<Entry> extra) {
    Map<Character, List<Entry>> map = new HashMap<>();
    byFirst.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
    for (Entry e : extra) {
      if (e.phrase().length() >= 2) {
        map.computeIfAbsent(e.phrase().charAt(0), k -> new ArrayList<>()).add(e);
      }
    }
    return new Lexicon(sorted(map));
  }

  /** The longest phrase that starts at {@code pos}, or null. */
  Entry longestAt(String text, int pos) {
    List<Entry> candidates = byFirst.get(text.charAt(pos));
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (text.startsWith(e.phrase(), pos)) {
        return e;
      }
    }
    return null;
  }

  private static Map<Character, List<Entry>> sorted(Map<Character, List<Entry>> map) {
    Map<Character, List<Entry>> out = new HashMap<>();
    Comparator<Entry> longestFirst =
        Comparator.comparingInt((Entry e) -> e.phrase().length()).reversed();
    map.forEach(
        (k, v) -> {
          List<Entry> copy = new ArrayList<>(v);
          copy.sort(longestFirst);
          out.put(k, List.copyOf(copy));
        });
    return out;
  }

  private static Lexicon load() {
    try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(r.lines().toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static Lexicon parse(List<String> lines) {
    List<String[]> scopes = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    Map<Character, List<Entry>> map = new HashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "@scope" -> scopes.add(f);
        case "@head" -> heads.add(f);
        default -> add(map, new Entry(f[0], SubjectKind.valueOf(f[1]), scope(f[2]), ""));
      }
    }
    for (String[] h : heads) {
      SubjectKind kind = SubjectKind.valueOf(h[2]);
      if (h[3].equals("alone")) {
        add(map, new Entry(h[1], kind, null, ""));
      }
      for (String[] s : scopes) {
        add(map, new Entry(s[1] + h[1], kind, scope(s[2]), ""));
      }
    }
    return new Lexicon(sorted(map));
  }

  private static void add(Map<Character, List<Entry>> map, Entry e) {
    List<Entry> list = map.computeIfAbsent(e.phrase().charAt(0), k -> new ArrayList<>());
    list.removeIf(x -> x.phrase().equals(e.phrase()));
    list.add(e);
  }

  private static FundScope scope(String s) {
    return s.equals("-") ? null : FundScope.valueOf(s);
  }
}
