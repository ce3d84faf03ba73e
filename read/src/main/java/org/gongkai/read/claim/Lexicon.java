package org.gongkai.read.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.claim.FundScope;
import org.gongkai.model.claim.SubjectKind;

/**
 * The subject phrases the parser recognises: the fixed ones of {@code subjects.tsv} and the names a
 * document's own tables print (functional and economic classes, projects). Held in character tries,
 * so finding the longest phrase at a position costs the length of that phrase, however many phrases
 * share its beginning (一般公共预算… starts over a hundred).
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

  /**
   * A trie node: children by character (sorted, searched without boxing once frozen), and the entry
   * a phrase ending here names.
   */
  private static final class Node {
    Map<Character, Node> building = new HashMap<>(4);
    char[] keys = new char[0];
    Node[] children = new Node[0];
    Entry entry;

    Node child(char c) {
      int i = java.util.Arrays.binarySearch(keys, c);
      return i >= 0 ? children[i] : null;
    }

    Node childForInsert(char c) {
      return building.computeIfAbsent(c, k -> new Node());
    }

    /** Moves the children into sorted arrays, all the way down. */
    Node freeze() {
      if (building != null) {
        keys = new char[building.size()];
        children = new Node[building.size()];
        int i = 0;
        for (Character k : new java.util.TreeSet<>(building.keySet())) {
          keys[i] = k;
          children[i++] = building.get(k).freeze();
        }
        building = null;
      }
      return this;
    }
  }

  private static final String RESOURCE = "subjects.tsv";
  private static final Lexicon FIXED = load();

  private final Node fixed;

  /** The document's own names by first character, longest first (a few dozen: no trie needed). */
  private final Map<Character, List<Entry>> extra;

  private Lexicon(Node fixed, Map<Character, List<Entry>> extra) {
    this.fixed = fixed;
    this.extra = extra;
  }

  /** The fixed phrases only. */
  static Lexicon fixed() {
    return FIXED;
  }

  /** The fixed phrases plus the given ones (names from the document's tables). */
  Lexicon with(List<Entry> more) {
    Map<Character, List<Entry>> byFirst = new HashMap<>();
    for (Entry e : more) {
      if (e.phrase().length() >= 2) {
        byFirst.computeIfAbsent(e.phrase().charAt(0), k -> new ArrayList<>()).add(e);
      }
    }
    byFirst
        .values()
        .forEach(l -> l.sort((a, b) -> Integer.compare(b.phrase().length(), a.phrase().length())));
    return new Lexicon(fixed, byFirst);
  }

  /** The longest phrase that starts at {@code pos}, or null; a fixed phrase wins a tie. */
  Entry longestAt(String text, int pos) {
    Entry a = walk(fixed, text, pos);
    Entry b = extra == null ? null : first(extra.get(text.charAt(pos)), text, pos);
    if (b == null) {
      return a;
    }
    return a != null && a.phrase().length() >= b.phrase().length() ? a : b;
  }

  private static Entry first(List<Entry> candidates, String text, int pos) {
    if (candidates != null) {
      for (Entry e : candidates) {
        if (text.startsWith(e.phrase(), pos)) {
          return e;
        }
      }
    }
    return null;
  }

  private static Entry walk(Node root, String text, int pos) {
    Node n = root;
    Entry best = null;
    for (int i = pos; i < text.length(); i++) {
      n = n.child(text.charAt(i));
      if (n == null) {
        break;
      }
      if (n.entry != null) {
        best = n.entry;
      }
    }
    return best;
  }

  private static void insert(Node root, Entry e, boolean replace) {
    Node n = root;
    String p = e.phrase();
    for (int i = 0; i < p.length(); i++) {
      n = n.childForInsert(p.charAt(i));
    }
    if (n.entry == null || replace) {
      n.entry = e;
    }
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

  /**
   * Reads the phrase file's lines: fixed phrases first, then every scope prefix with every head.
   */
  static Lexicon parse(List<String> lines) {
    List<String[]> scopes = new ArrayList<>();
    List<String[]> heads = new ArrayList<>();
    Node root = new Node();
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      switch (f[0]) {
        case "@scope" -> scopes.add(f);
        case "@head" -> heads.add(f);
        default -> insert(root, new Entry(f[0], SubjectKind.valueOf(f[1]), scope(f[2]), ""), true);
      }
    }
    for (String[] h : heads) {
      SubjectKind kind = SubjectKind.valueOf(h[2]);
      if (h[3].equals("alone")) {
        insert(root, new Entry(h[1], kind, null, ""), true);
      }
      for (String[] s : scopes) {
        insert(root, new Entry(s[1] + h[1], kind, scope(s[2]), ""), true);
      }
    }
    return new Lexicon(root.freeze(), null);
  }

  private static FundScope scope(String s) {
    return s.equals("-") ? null : FundScope.valueOf(s);
  }
}
